namespace GlassesFirmware.Uplink.Cbor
{
    /// <summary>
    /// The container bookkeeping shared by <see cref="CborReader"/> and <see cref="CborWriter"/>: items left per
    /// open array or map, whether the next item is a map key, the previous key (for order and duplicates), and
    /// the single top-level item. Arrays are sized once for the depth limit, so nothing is allocated per item.
    /// </summary>
    internal sealed class CborNesting
    {
        private readonly int[] _remaining;
        private readonly bool[] _isMap;
        private readonly bool[] _hasKey;
        private readonly int[] _keyMajor;
        private readonly ulong[] _keyArgument;
        private int _depth;
        private bool _topLevelDone;

        internal CborNesting(int maxDepth)
        {
            _remaining = new int[maxDepth];
            _isMap = new bool[maxDepth];
            _hasKey = new bool[maxDepth];
            _keyMajor = new int[maxDepth];
            _keyArgument = new ulong[maxDepth];
        }

        internal int Depth
        {
            get { return _depth; }
        }

        /// <summary>True once the top-level item and everything inside it is complete.</summary>
        internal bool TopLevelDone
        {
            get { return _topLevelDone; }
        }

        internal void Reset()
        {
            _depth = 0;
            _topLevelDone = false;
        }

        /// <summary>Whether the next item sits in a key position of the innermost map.</summary>
        internal bool AtMapKey
        {
            get { return _depth > 0 && _isMap[_depth - 1] && (_remaining[_depth - 1] & 1) == 0; }
        }

        /// <summary>
        /// Checks that an item with this head may come next. Integer keys must be strictly greater than the
        /// previous key: with shortest-form heads, bytewise order of the encodings is (major, argument) order.
        /// </summary>
        internal CborError BeginItem(int major, ulong argument)
        {
            if (_topLevelDone)
            {
                return CborError.TrailingBytes;
            }

            if (!AtMapKey)
            {
                return CborError.None;
            }

            if (major > 1)
            {
                return CborError.MapKeyNotInteger;
            }

            int level = _depth - 1;
            if (_hasKey[level])
            {
                int previousMajor = _keyMajor[level];
                ulong previous = _keyArgument[level];
                if (major == previousMajor && argument == previous)
                {
                    return CborError.DuplicateMapKey;
                }

                if (major < previousMajor || (major == previousMajor && argument < previous))
                {
                    return CborError.MapKeysNotSorted;
                }
            }

            _hasKey[level] = true;
            _keyMajor[level] = major;
            _keyArgument[level] = argument;
            return CborError.None;
        }

        /// <summary>Opens a container whose head <see cref="BeginItem"/> accepted; empty ones complete at once.</summary>
        internal CborError OpenContainer(bool isMap, int count)
        {
            if (_depth == _remaining.Length)
            {
                return CborError.NestingTooDeep;
            }

            if (count == 0)
            {
                EndItem();
                return CborError.None;
            }

            _remaining[_depth] = isMap ? count * 2 : count;
            _isMap[_depth] = isMap;
            _hasKey[_depth] = false;
            _depth++;
            return CborError.None;
        }

        /// <summary>Counts a completed item and closes every container it fills.</summary>
        internal void EndItem()
        {
            while (_depth > 0)
            {
                int left = --_remaining[_depth - 1];
                if (left > 0)
                {
                    return;
                }

                _depth--;
            }

            _topLevelDone = true;
        }
    }
}
