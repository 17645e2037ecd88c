"""DataMairie's core: pure Python, no Qt, testable without a screen."""
