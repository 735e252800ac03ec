
namespace GlassesFirmware.Uplink.Cbor
{
    /// <summary>
    /// Why a CBOR item was refused by <see cref="CborReader"/> or <see cref="CborWriter"/>. The numbers are
    /// stable (they travel in error messages and logs); <see cref="CborErrors.Name"/> gives the text.
    /// </summary>
    public enum CborError
    {
        /// <summary>No error.</summary>
        None = 0,

        /// <summary>The input ends inside an item, or before a container's declared items.</summary>
        Truncated = 1,

        /// <summary>A head (integer, length or count) is not in its shortest form.</summary>
        NonCanonical = 2,

        /// <summary>An indefinite-length string, array or map, or a stray "break" byte.</summary>
        IndefiniteLength = 3,

        /// <summary>Bytes follow the single top-level item.</summary>
        TrailingBytes = 4,

        /// <summary>More nested arrays and maps than the reader's or writer's limit.</summary>
        NestingTooDeep = 5,

        /// <summary>A string length or container count larger than the bytes left in the buffer.</summary>
        LengthBeyondBuffer = 6,

        /// <summary>A text string that is not well-formed UTF-8 (or, when writing, a lone UTF-16 surrogate).</summary>
        InvalidUtf8 = 7,

        /// <summary>A well-formed item outside the protocol's subset: tags, floats, undefined, simple values.</summary>
        UnsupportedType = 8,

        /// <summary>Not well-formed CBOR: reserved additional information 28-30, or a two-byte simple value below 32.</summary>
        Malformed = 9,

        /// <summary>A map holds the same key twice.</summary>
        DuplicateMapKey = 10,

        /// <summary>Map keys are not in ascending bytewise order of their encodings.</summary>
        MapKeysNotSorted = 11,

        /// <summary>A map key is not an integer (the protocol uses integer keys only).</summary>
        MapKeyNotInteger = 12,

        /// <summary>The next item is not of the type the caller asked for.</summary>
        UnexpectedType = 13,

        /// <summary>An integer does not fit the type the caller asked for.</summary>
        IntegerOverflow = 14,

        /// <summary>The writer's buffer is full.</summary>
        BufferTooSmall = 15,

        /// <summary>An item where none may follow (after the top-level item), or an argument out of range.</summary>
        InvalidState = 16
    }
}
