namespace GlassesFirmware.Uplink.Cbor
{
    /// <summary>
    /// Walks one complete item of any type with a <see cref="CborReader"/>'s typed reads, everything inside arrays and
    /// maps included, so that a field a decoder does not know is still checked (deterministic encoding, UTF-8, key
    /// order) before it is passed over. Backs <see cref="CborReader.SkipValue"/>.
    /// </summary>
    internal static class CborValueSkipper
    {
        /// <summary>Reads the item at the cursor of <paramref name="reader"/> and all it contains; false on the first error.</summary>
        internal static bool Skip(CborReader reader)
        {
            int depth = reader.Depth;
            do
            {
                CborType type;
                if (!reader.PeekType(out type))
                {
                    return false;
                }

                if (!SkipHead(reader, type))
                {
                    return false;
                }
            }
            while (reader.Depth > depth);

            return true;
        }

        // Reads one item of the peeked type; an array or map head opens it, its elements follow.
        private static bool SkipHead(CborReader reader, CborType type)
        {
            int start;
            int count;
            bool negative;
            ulong argument;
            bool flag;
            switch (type)
            {
                case CborType.ByteString:
                    return reader.ReadByteString(out start, out count);
                case CborType.TextString:
                    return reader.ReadTextString(out start, out count);
                case CborType.Array:
                    return reader.ReadArrayStart(out count);
                case CborType.Map:
                    return reader.ReadMapStart(out count);
                case CborType.Boolean:
                    return reader.ReadBoolean(out flag);
                case CborType.Null:
                    return reader.ReadNull();
                default:
                    return reader.ReadInteger(out negative, out argument);
            }
        }
    }
}
