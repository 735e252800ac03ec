namespace GlassesFirmware.Uplink.Cbor
{
    /// <summary>
    /// The head of one CBOR data item (major type, argument, length in bytes) as <see cref="CborReader"/> finds it
    /// under its cursor, decoded from the buffer and checked against the deterministic subset: shortest arguments only,
    /// no indefinite lengths, tags, floats or simple values other than false, true and null. Static, with out
    /// parameters, so the reader keeps the head in its own fields and nothing is allocated per item.
    /// </summary>
    internal static class CborHead
    {
        /// <summary>The item type a head of major type <paramref name="major"/> and <paramref name="argument"/> announces.</summary>
        internal static CborType TypeOf(int major, ulong argument)
        {
            if (major < 6)
            {
                return (CborType)major;
            }

            return argument == 22 ? CborType.Null : CborType.Boolean;
        }

        /// <summary>
        /// Decodes the head at <paramref name="at"/> (before <paramref name="end"/>) of <paramref name="data"/> into its
        /// major type, argument (value, length, count, or simple value 20..22) and length in bytes (1 to 9).
        /// </summary>
        internal static CborError Decode(byte[] data, int at, int end, out int major, out ulong argument, out int length)
        {
            major = 0;
            argument = 0;
            length = 0;
            if (at >= end)
            {
                return CborError.Truncated;
            }

            int initial = data[at];
            major = initial >> 5;
            int info = initial & 0x1F;
            if (info < 24)
            {
                argument = (ulong)info;
                length = 1;
            }
            else if (info < 28)
            {
                int extra = 1 << (info - 24);
                if (end - at - 1 < extra)
                {
                    return CborError.Truncated;
                }

                argument = 0;
                for (int k = 1; k <= extra; k++)
                {
                    argument = (argument << 8) | data[at + k];
                }

                length = 1 + extra;
                if (major == 7)
                {
                    // Floats (25-27) are outside the subset; a two-byte simple value below 32 is not well-formed.
                    return info == 24 && argument < 32 ? CborError.Malformed : CborError.UnsupportedType;
                }

                ulong smallest = info == 24 ? 24UL : info == 25 ? 0x100UL : info == 26 ? 0x10000UL : 0x100000000UL;
                if (argument < smallest)
                {
                    return CborError.NonCanonical;
                }
            }
            else if (info < 31)
            {
                return CborError.Malformed;
            }
            else
            {
                // Indefinite strings, arrays and maps, and "break", exist only outside deterministic encoding.
                bool indefiniteKind = (major >= 2 && major <= 5) || major == 7;
                return indefiniteKind ? CborError.IndefiniteLength : CborError.Malformed;
            }

            if (major == 6 || (major == 7 && (argument < 20 || argument > 22)))
            {
                return CborError.UnsupportedType;
            }

            return CborError.None;
        }
    }
}
