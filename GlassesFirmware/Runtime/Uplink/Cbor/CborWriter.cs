using GlassesFirmware.Text;

namespace GlassesFirmware.Uplink.Cbor
{
    /// <summary>
    /// Writes one CBOR data item in RFC 8949 core deterministic encoding (section 4.2.1) into a caller-provided
    /// buffer: shortest-form heads, definite lengths, map keys (integers only) in ascending bytewise order of
    /// their encodings, i.e. 0, 1, ..., then -1, -2, .... The caller writes keys in that order; the writer
    /// refuses anything else rather than reordering. Errors are sticky: after the first one every call returns
    /// false and <see cref="Error"/> keeps the cause. Nothing is allocated per item.
    /// </summary>
    public sealed class CborWriter
    {
        /// <summary>Nesting limit used when none is given.</summary>
        public const int DefaultMaxDepth = 16;

        private readonly byte[] _buffer;
        private readonly int _start;
        private readonly int _end;
        private readonly CborNesting _nesting;
        private int _position;
        private CborError _error;

        /// <summary>Writes into the whole of <paramref name="buffer"/>.</summary>
        public CborWriter(byte[] buffer)
            : this(buffer, 0, buffer == null ? 0 : buffer.Length, DefaultMaxDepth)
        {
        }

        /// <summary>Writes into <paramref name="capacity"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/>.</summary>
        public CborWriter(byte[] buffer, int offset, int capacity, int maxDepth)
        {
            if (buffer == null || offset < 0 || capacity < 0 || offset > buffer.Length - capacity || maxDepth < 1)
            {
                throw new System.ArgumentOutOfRangeException("capacity");
            }

            _buffer = buffer;
            _start = offset;
            _end = offset + capacity;
            _position = offset;
            _nesting = new CborNesting(maxDepth);
        }

        /// <summary>The first error, or <see cref="CborError.None"/>.</summary>
        public CborError Error
        {
            get { return _error; }
        }

        /// <summary>Bytes written so far.</summary>
        public int Length
        {
            get { return _position - _start; }
        }

        /// <summary>True when one complete top-level item was written without error.</summary>
        public bool IsComplete
        {
            get { return _error == CborError.None && _nesting.TopLevelDone; }
        }

        /// <summary>Forgets everything written and any error, to write a new item into the same buffer.</summary>
        public void Reset()
        {
            _position = _start;
            _error = CborError.None;
            _nesting.Reset();
        }

        /// <summary>Writes an unsigned integer (major type 0).</summary>
        public bool WriteUInt64(ulong value)
        {
            return WriteScalar(0, value);
        }

        /// <summary>Writes a signed integer (major type 0 or 1).</summary>
        public bool WriteInt64(long value)
        {
            return value >= 0 ? WriteScalar(0, (ulong)value) : WriteScalar(1, (ulong)~value);
        }

        /// <summary>Writes the negative integer -1 - <paramref name="argument"/>, down to -2^64.</summary>
        public bool WriteNegative(ulong argument)
        {
            return WriteScalar(1, argument);
        }

        /// <summary>Writes <paramref name="count"/> bytes of <paramref name="data"/> as a byte string.</summary>
        public bool WriteByteString(byte[] data, int offset, int count)
        {
            if (!CheckRange(data, offset, count))
            {
                return false;
            }

            return WriteString(2, data, offset, count);
        }

        /// <summary>
        /// Writes UTF-8 bytes as a text string after checking they are well-formed (RFC 3629, <see cref="Utf8.IsValid"/>):
        /// malformed bytes, an encoded surrogate among them, fail with <see cref="CborError.InvalidUtf8"/>. Text is
        /// written only from bytes: a device string is UTF-8 already, and indexing it costs time proportional to the index.
        /// </summary>
        public bool WriteTextString(byte[] utf8, int offset, int count)
        {
            if (!CheckRange(utf8, offset, count))
            {
                return false;
            }

            if (!Utf8.IsValid(utf8, offset, offset + count))
            {
                return Fail(CborError.InvalidUtf8);
            }

            return WriteString(3, utf8, offset, count);
        }

        /// <summary>Starts an array of exactly <paramref name="count"/> items.</summary>
        public bool WriteStartArray(int count)
        {
            return WriteContainer(4, false, count);
        }

        /// <summary>Starts a map of exactly <paramref name="pairs"/> key/value pairs; keys must be integers in canonical order.</summary>
        public bool WriteStartMap(int pairs)
        {
            return WriteContainer(5, true, pairs);
        }

        /// <summary>Writes true or false.</summary>
        public bool WriteBoolean(bool value)
        {
            return WriteSimple(value ? 21 : 20);
        }

        /// <summary>Writes null.</summary>
        public bool WriteNull()
        {
            return WriteSimple(22);
        }

        private bool WriteScalar(int major, ulong argument)
        {
            if (!WriteHeadChecked(major, argument, 0))
            {
                return false;
            }

            _nesting.EndItem();
            return true;
        }

        private bool WriteSimple(int value)
        {
            if (!Begin(7, (ulong)value))
            {
                return false;
            }

            if (_position == _end)
            {
                return Fail(CborError.BufferTooSmall);
            }

            _buffer[_position++] = (byte)(0xE0 | value);
            _nesting.EndItem();
            return true;
        }

        private bool WriteString(int major, byte[] data, int offset, int count)
        {
            if (!WriteHeadChecked(major, (ulong)count, count))
            {
                return false;
            }

            System.Array.Copy(data, offset, _buffer, _position, count);
            _position += count;
            _nesting.EndItem();
            return true;
        }

        private bool WriteContainer(int major, bool isMap, int count)
        {
            if (_error != CborError.None)
            {
                return false;
            }

            if (count < 0 || (isMap && count > int.MaxValue / 2))
            {
                return Fail(CborError.InvalidState);
            }

            if (!WriteHeadChecked(major, (ulong)count, 0))
            {
                return false;
            }

            CborError error = _nesting.OpenContainer(isMap, count);
            return error == CborError.None || Fail(error);
        }

        // Checks the item may come here and that the head plus `payload` bytes fit, then writes the head.
        private bool WriteHeadChecked(int major, ulong argument, int payload)
        {
            if (!Begin(major, argument))
            {
                return false;
            }

            int headLength = argument < 24 ? 1 : argument <= 0xFF ? 2 : argument <= 0xFFFF ? 3 : argument <= 0xFFFFFFFF ? 5 : 9;
            if (_end - _position < headLength || _end - _position - headLength < payload)
            {
                return Fail(CborError.BufferTooSmall);
            }

            int initial = major << 5;
            if (headLength == 1)
            {
                _buffer[_position++] = (byte)(initial | (int)argument);
                return true;
            }

            int extra = headLength - 1;
            _buffer[_position++] = (byte)(initial | (extra == 1 ? 24 : extra == 2 ? 25 : extra == 4 ? 26 : 27));
            for (int shift = (extra - 1) * 8; shift >= 0; shift -= 8)
            {
                _buffer[_position++] = (byte)(argument >> shift);
            }

            return true;
        }

        private bool Begin(int major, ulong argument)
        {
            if (_error != CborError.None)
            {
                return false;
            }

            CborError error = _nesting.BeginItem(major, argument);
            if (error == CborError.TrailingBytes)
            {
                error = CborError.InvalidState; // a second top-level item: nothing may follow
            }

            return error == CborError.None || Fail(error);
        }

        private bool CheckRange(byte[] data, int offset, int count)
        {
            if (_error != CborError.None)
            {
                return false;
            }

            if (data == null || offset < 0 || count < 0 || offset > data.Length - count)
            {
                return Fail(CborError.InvalidState);
            }

            return true;
        }

        private bool Fail(CborError error)
        {
            _error = error;
            return false;
        }
    }
}
