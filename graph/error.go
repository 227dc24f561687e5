package graph

import (
	"errors"
	"fmt"
)

// Error codes. Each maps to one HTTP status in the server's error table.
const (
	EINVALID     = "invalid"     // the request or input is malformed
	ENOTFOUND    = "not_found"   // the entity, document or route does not exist
	ECONFLICT    = "conflict"    // the input contradicts what is stored
	ETOOLARGE    = "too_large"   // the input or the result is over a limit
	EUNAVAILABLE = "unavailable" // a dependency (the store, the renderers) cannot serve now; retry later
	ETIMEOUT     = "timeout"     // the work took longer than allowed
	EINTERNAL    = "internal"    // a bug or an unexpected failure; logged, never detailed to users
)

// Error is actorgraph's one error type. Message is written for the person who made the request; it never
// holds internal details (those stay in the wrapped error, which is logged).
type Error struct {
	Code    string
	Message string
	Err     error // the underlying cause, if any; not shown to users
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Code, e.Message, e.Err)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Wrap returns an *Error with the code and message that keeps err as its cause.
func Wrap(err error, code, message string) *Error {
	return &Error{Code: code, Message: message, Err: err}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for any other non-nil error, and ""
// for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of the first *Error in err's chain, or a generic message for
// any other error, so internal details never reach users.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
