"""The codes a conversion reports: what it changed in a value, or why it could not.

The interface words each code for the agent; the lists below are complete, so that a test
can check that every code has its words.
"""

from __future__ import annotations

from enum import StrEnum


class Change(StrEnum):
    """A kind of change made to a value so that the schema accepts it."""

    WHITESPACE_TRIMMED = "whitespace-trimmed"
    WHITESPACE_COLLAPSED = "whitespace-collapsed"
    EXCEL_ARTEFACT_REMOVED = "excel-artefact-removed"
    LINE_BREAKS_NORMALISED = "line-breaks-normalised"
    # Dates and times
    DATE_REORDERED = "date-reordered"
    DATE_MONTH_NAME = "date-month-name"
    DATE_TWO_DIGIT_YEAR = "date-two-digit-year"
    EXCEL_SERIAL_DATE = "excel-serial-date"
    DATETIME_TO_DATE = "datetime-to-date"
    DATE_PRECISION_REDUCED = "date-precision-reduced"
    TIME_NORMALISED = "time-normalised"
    # Numbers
    DECIMAL_COMMA = "decimal-comma"
    DECIMAL_POINT = "decimal-point"
    THOUSANDS_SEPARATOR = "thousands-separator"
    CURRENCY_REMOVED = "currency-removed"
    PERCENT_SIGN_REMOVED = "percent-sign-removed"
    MINUS_SIGN_NORMALISED = "minus-sign-normalised"
    PLUS_SIGN_REMOVED = "plus-sign-removed"
    DECIMAL_ZEROS_REMOVED = "decimal-zeros-removed"
    # Booleans and lists of allowed values
    BOOLEAN_MAPPED = "boolean-mapped"
    BOOLEAN_EMPTY_FALSE = "boolean-empty-false"
    ENUM_CASE = "enum-case"
    ENUM_SPELLING = "enum-spelling"
    # Identifiers and codes
    SIRET_SPACES_REMOVED = "siret-spaces-removed"
    SIREN_SPACES_REMOVED = "siren-spaces-removed"
    LEADING_ZEROS_RESTORED = "leading-zeros-restored"


class Failure(StrEnum):
    """Why a value could not be converted and was left exactly as it was."""

    CONVERSION_DISABLED = "conversion-disabled"
    PATTERN_MISMATCH = "pattern-mismatch"
    # Dates and times
    DATE_UNPARSABLE = "date-unparsable"
    DATE_INVALID = "date-invalid"
    DATE_ORDER_CONFLICT = "date-order-conflict"
    DATE_INCOMPLETE = "date-incomplete"
    DATE_HAS_TIME = "date-has-time"
    DATETIME_WITHOUT_TIME = "datetime-without-time"
    TIME_UNPARSABLE = "time-unparsable"
    # Numbers
    NUMBER_UNPARSABLE = "number-unparsable"
    NUMBER_SCIENTIFIC_NOTATION = "number-scientific-notation"
    NUMBER_ACCOUNTING_NEGATIVE = "number-accounting-negative"
    NUMBER_MIXED_SEPARATORS = "number-mixed-separators"
    INTEGER_HAS_DECIMALS = "integer-has-decimals"
    # Booleans and lists of allowed values
    BOOLEAN_UNKNOWN = "boolean-unknown"
    ENUM_UNKNOWN = "enum-unknown"
    ENUM_AMBIGUOUS = "enum-ambiguous"
    # Identifiers
    SIRET_SCIENTIFIC_NOTATION = "siret-scientific-notation"
    SIRET_WRONG_LENGTH = "siret-wrong-length"
    SIRET_INVALID_CHARACTERS = "siret-invalid-characters"
    SIREN_SCIENTIFIC_NOTATION = "siren-scientific-notation"
    SIREN_WRONG_LENGTH = "siren-wrong-length"
    SIREN_INVALID_CHARACTERS = "siren-invalid-characters"


CHANGE_KINDS: frozenset[str] = frozenset(kind.value for kind in Change)
FAILURE_CODES: frozenset[str] = frozenset(code.value for code in Failure)
