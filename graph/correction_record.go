package graph

import (
	"encoding/hex"
)

// ValidateRecord reports the first problem with a correction read from an export (a JSON file or an
// overlay's editor_corrections): what Validate checks, and the record a store keeps of it: an id of
// hexadecimal digits, the editor, the time, and for an undo who undid it and when.
func (c Correction) ValidateRecord() error {
	if err := c.Validate(); err != nil {
		return err
	}
	if !hexID(c.ID) || c.Editor == "" || c.Created == "" || (c.Undone != nil && (c.Undone.Editor == "" || c.Undone.At == "")) {
		return Errorf(EINVALID, "an exported correction has an id of hexadecimal digits, an editor, a time, and an undo with its editor and time")
	}
	return nil
}

// hexID reports whether id is a correction id: up to 64 hexadecimal digits.
func hexID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	_, err := hex.DecodeString(id)
	return err == nil
}
