using GlassesFirmware.Text;

namespace GlassesFirmware.Uplink.Cbor
{
    /// <summary>
    /// Reads one CBOR data item from (buffer, offset, count) and accepts only RFC 8949 core deterministic
    /// encoding (section 4.2.1) of the protocol's subset: integers, byte and text strings, arrays, maps with
    /// integer keys in ascending bytewise order without duplicates, booleans and null. Non-shortest heads,
    /// indefinite lengths, tags, floats, invalid UTF-8, lengths beyond the buffer, nesting past the limit and
    /// bytes after the item are refused with a <see cref="CborError"/>; bad input never throws. Errors are
    /// sticky: after the first one every call returns false. Strings are returned as slices of the buffer.
    /// </summary>
    public sealed class CborReader
    {
        /// <summary>Nesting limit used when none is given.</summary>
        public const int DefaultMaxDepth = 16;

        private readonly byte[] _data;
        private readonly int _end;
        private readonly CborNesting _nesting;
        private int _position;
        private CborError _error;
        private int _errorOffset;

        // The head under the cursor, decoded by Peek.
        private int _major;
        private ulong _argument;
        private int _headLength;

        /// <summary>Reads <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        public CborReader(byte[] data, int offset, int count)
            : this(data, offset, count, DefaultMaxDepth)
        {
        }

        /// <summary>As above, with at most <paramref name="maxDepth"/> nested arrays and maps.</summary>
        public CborReader(byte[] data, int offset, int count, int maxDepth)
        {
            if (data == null || offset < 0 || count < 0 || offset > data.Length - count || maxDepth < 1)
            {
                throw new System.ArgumentOutOfRangeException("count");
            }

            _data = data;
            _position = offset;
            _end = offset + count;
            _nesting = new CborNesting(maxDepth);
        }

        /// <summary>The first error, or <see cref="CborError.None"/>.</summary>
        public CborError Error
        {
            get { return _error; }
        }

        /// <summary>Buffer index of the item that caused <see cref="Error"/>.</summary>
        public int ErrorOffset
        {
            get { return _errorOffset; }
        }

        /// <summary>Buffer index of the next unread byte.</summary>
        public int Position
        {
            get { return _position; }
        }

        /// <summary>Number of arrays and maps open around the cursor.</summary>
        public int Depth
        {
            get { return _nesting.Depth; }
        }

        /// <summary>Whether the next item is a map key.</summary>
        public bool AtMapKey
        {
            get { return _nesting.AtMapKey; }
        }

        /// <summary>The type of the next item, without consuming it.</summary>
        public bool PeekType(out CborType type)
        {
            type = CborType.Null;
            if (!Peek())
            {
                return false;
            }

            type = CborHead.TypeOf(_major, _argument);
            return true;
        }

        /// <summary>Reads an unsigned integer.</summary>
        public bool ReadUInt64(out ulong value)
        {
            value = 0;
            if (!Take(CborType.UnsignedInteger))
            {
                return false;
            }

            value = _argument;
            return Done();
        }

        /// <summary>Reads an integer that fits a long.</summary>
        public bool ReadInt64(out long value)
        {
            value = 0;
            int itemStart = _position;
            bool negative;
            ulong argument;
            if (!ReadInteger(out negative, out argument))
            {
                return false;
            }

            if (argument > long.MaxValue)
            {
                return Fail(CborError.IntegerOverflow, itemStart);
            }

            value = negative ? ~(long)argument : (long)argument;
            return true;
        }

        /// <summary>Reads any integer: the value is <paramref name="argument"/>, or -1 - argument when negative.</summary>
        public bool ReadInteger(out bool negative, out ulong argument)
        {
            negative = false;
            argument = 0;
            if (!Peek())
            {
                return false;
            }

            if (!Take(_major == 1 ? CborType.NegativeInteger : CborType.UnsignedInteger))
            {
                return false;
            }

            negative = _major == 1;
            argument = _argument;
            return Done();
        }

        /// <summary>Reads a byte string as a slice of the buffer.</summary>
        public bool ReadByteString(out int start, out int length)
        {
            return ReadString(CborType.ByteString, out start, out length);
        }

        /// <summary>Reads a text string as a slice of the buffer holding well-formed UTF-8.</summary>
        public bool ReadTextString(out int start, out int length)
        {
            return ReadString(CborType.TextString, out start, out length);
        }

        /// <summary>Reads a text string and decodes it.</summary>
        public bool ReadTextString(out string text)
        {
            text = null;
            int start;
            int length;
            if (!ReadString(CborType.TextString, out start, out length))
            {
                return false;
            }

            text = Utf8.GetString(_data, start, start + length);
            return true;
        }

        /// <summary>Reads an array head; the next <paramref name="count"/> items are its elements.</summary>
        public bool ReadArrayStart(out int count)
        {
            return ReadContainer(CborType.Array, out count);
        }

        /// <summary>Reads a map head; the next 2 x <paramref name="pairs"/> items are keys and values, alternating.</summary>
        public bool ReadMapStart(out int pairs)
        {
            return ReadContainer(CborType.Map, out pairs);
        }

        /// <summary>Reads true or false.</summary>
        public bool ReadBoolean(out bool value)
        {
            value = false;
            if (!Take(CborType.Boolean))
            {
                return false;
            }

            value = _argument == 21;
            return Done();
        }

        /// <summary>Reads null.</summary>
        public bool ReadNull()
        {
            return Take(CborType.Null) && Done();
        }

        /// <summary>Reads and checks one complete item, whatever its type, including everything inside it.</summary>
        public bool SkipValue()
        {
            return CborValueSkipper.Skip(this);
        }

        /// <summary>
        /// Succeeds when the top-level item was read completely and no byte follows it. Call it last: a
        /// message with trailing bytes is refused even when every field read fine.
        /// </summary>
        public bool Finish()
        {
            if (_error != CborError.None)
            {
                return false;
            }

            if (!_nesting.TopLevelDone)
            {
                return Fail(_position == _end ? CborError.Truncated : CborError.InvalidState, _position);
            }

            return _position == _end || Fail(CborError.TrailingBytes, _position);
        }

        private bool ReadString(CborType type, out int start, out int length)
        {
            start = 0;
            length = 0;
            if (!Take(type))
            {
                return false;
            }

            int itemStart = _position - _headLength;
            if (_argument > (ulong)(_end - _position))
            {
                return Fail(CborError.LengthBeyondBuffer, itemStart);
            }

            int n = (int)_argument;
            if (type == CborType.TextString && !Utf8.IsValid(_data, _position, _position + n))
            {
                return Fail(CborError.InvalidUtf8, itemStart);
            }

            start = _position;
            length = n;
            _position += n;
            return Done();
        }

        private bool ReadContainer(CborType type, out int count)
        {
            count = 0;
            if (!Take(type))
            {
                return false;
            }

            // Every item takes at least one byte: a count the rest of the buffer cannot hold is refused
            // before anything trusts it.
            int itemStart = _position - _headLength;
            ulong left = (ulong)(_end - _position);
            if (type == CborType.Map ? _argument > left / 2 : _argument > left)
            {
                return Fail(CborError.LengthBeyondBuffer, itemStart);
            }

            CborError error = _nesting.OpenContainer(type == CborType.Map, (int)_argument);
            if (error != CborError.None)
            {
                return Fail(error, itemStart);
            }

            count = (int)_argument;
            return true;
        }

        // Consumes the head under the cursor if it has the expected type and may stand here.
        private bool Take(CborType expected)
        {
            if (!Peek())
            {
                return false;
            }

            // A non-integer in a key position is a map error whatever the caller expected.
            if (CborHead.TypeOf(_major, _argument) != expected && !(_nesting.AtMapKey && _major > 1))
            {
                return Fail(CborError.UnexpectedType, _position);
            }

            CborError error = _nesting.BeginItem(_major, _argument);
            if (error != CborError.None)
            {
                return Fail(error, _position);
            }

            _position += _headLength;
            return true;
        }

        private bool Done()
        {
            _nesting.EndItem();
            return true;
        }

        // Decodes the head at the cursor into _major, _argument, _headLength; refuses what the subset lacks or follows the item.
        private bool Peek()
        {
            if (_error != CborError.None)
            {
                return false;
            }

            int at = _position;
            if (_nesting.TopLevelDone)
            {
                return Fail(at < _end ? CborError.TrailingBytes : CborError.InvalidState, at);
            }

            // Most heads are one byte of major type 0 to 5 (small integers, short strings, small maps): nothing to refuse.
            int initial = at < _end ? _data[at] : 0xFF;
            if (initial < 0xC0 && (initial & 0x1F) < 24)
            {
                _major = initial >> 5;
                _argument = (ulong)(initial & 0x1F);
                _headLength = 1;
                return true;
            }

            CborError error = CborHead.Decode(_data, at, _end, out _major, out _argument, out _headLength);
            return error == CborError.None || Fail(error, at);
        }

        private bool Fail(CborError error, int offset)
        {
            _error = error;
            _errorOffset = offset;
            return false;
        }
    }
}
