using GlassesFirmware.Integrity;
using GlassesFirmware.Text;

namespace GlassesFirmware.Payload
{
    /// <summary>
    /// The structure of an EMVCo payload: its CRC, the TLV walk of the root and of templates (IDs,
    /// lengths, duplicates, order), the index of root objects by ID and the content digest.
    /// The other EMV checks read objects through <see cref="Root"/> and the shared <see cref="EmvTlv"/> table.
    /// Not thread-safe: its tables are reused from payload to payload.
    /// </summary>
    internal sealed class EmvStructure
    {
        private const string OpaqueHandling = "template kept opaque";

        private readonly EmvTlv _tlv;
        private readonly long[] _childSum = new long[EmvTlv.Capacity];     // content digest: sum of each object's children
        private readonly bool[] _hasChildren = new bool[EmvTlv.Capacity];
        private readonly int[] _root = new int[100];       // index of the first root object with each ID
        private readonly int[] _rootStamp = new int[100];  // _scan when _root[id] was set
        private int _scan;
        private readonly int[] _seen = new int[100];   // stamp of the template in which an ID was last seen
        private int _stamp;
        private byte[] _b;
        private FindingList _f;
        private bool _byteLengths;

        /// <summary>Creates the structure checks over <paramref name="tlv"/>, the table the other checks read.</summary>
        public EmvStructure(EmvTlv tlv)
        {
            _tlv = tlv;
        }

        /// <summary>
        /// Starts a payload held in <paramref name="b"/> whose multi-byte characters all lie in
        /// [multibyteStart, multibyteEnd); findings go to <paramref name="f"/>.
        /// </summary>
        public void Begin(byte[] b, int multibyteStart, int multibyteEnd, FindingList f)
        {
            _b = b;
            _f = f;
            _byteLengths = false;
            _tlv.Reset(multibyteStart, multibyteEnd);
        }

        /// <summary>Index of the root object with this ID, or -1.</summary>
        public int Root(int id)
        {
            return _rootStamp[id] == _scan ? _root[id] : -1;
        }

        /// <summary>
        /// Digest of the data objects other than 63, independent of their order and of the CRC's hex case:
        /// an object is its ID and value, or its ID and the sum of its children's digests when it was
        /// opened as a template. Children are stored after their parent, so one backward pass suffices.
        /// </summary>
        public long ContentDigest()
        {
            int count = _tlv.Count;
            for (int i = 0; i < count; i++)
            {
                _childSum[i] = 0;
                _hasChildren[i] = false;
            }

            long root = 0;
            for (int i = count - 1; i >= 0; i--)
            {
                long h = Fnv1a64.Add(Fnv1a64.Offset, _tlv.Id[i]);
                h = _hasChildren[i] ? Fnv1a64.AddLong(h, _childSum[i]) : Fnv1a64.Add(h, _b, _tlv.Start[i], _tlv.End[i]);
                int parent = _tlv.Parent[i];
                if (parent >= 0)
                {
                    _childSum[parent] = unchecked(_childSum[parent] + h);
                    _hasChildren[parent] = true;
                }
                else if (_tlv.Id[i] != 63)
                {
                    root = unchecked(root + h);
                }
            }

            return Fnv1a64.AddLong(Fnv1a64.Offset, root);
        }

        /// <summary>Checks that [start, end) ends with a well-formed 63 whose CRC matches; true if it does.</summary>
        public bool CheckCrc(int start, int end)
        {
            int p = end - 8;
            if (end - start < 8 || _b[p] != (byte)'6' || _b[p + 1] != (byte)'3' || _b[p + 2] != (byte)'0' || _b[p + 3] != (byte)'4'
                || Hex(p + 4) < 0 || Hex(p + 5) < 0 || Hex(p + 6) < 0 || Hex(p + 7) < 0)
            {
                _f.Error(FindingCode.CrcMissing, "63", "payload does not end with 6304 and four hex digits");
                return false;
            }

            int given = (Hex(p + 4) << 12) | (Hex(p + 5) << 8) | (Hex(p + 6) << 4) | Hex(p + 7);
            int computed = Crc16Ccitt.Compute(_b, start, end - start - 4);
            string written = Utf8.GetString(_b, p + 4, end);
            if (given != computed)
            {
                _f.Error(FindingCode.CrcMismatch, "63", "CRC mismatch: payload says " + written + ", computed " + Hex4(computed));
                return false;
            }

            for (int i = p + 4; i < end; i++)
            {
                if (_b[i] >= (byte)'a')
                {
                    _f.Warning(FindingCode.CrcLowerCase, "63", "CRC hex in lower case (" + written + "); compare case-insensitively");
                    break;
                }
            }

            return true;
        }

        /// <summary>Walks the root objects of [start, end); false (and an error) when they do not parse.</summary>
        public bool TokenizeRoot(int start, int end, bool crcValid)
        {
            if (_tlv.Tokenize(_b, start, end, -1, false)) return true;

            FindingCode code = _tlv.FaultCode;
            string problem = FaultMessage("root");

            // Some generators count lengths in UTF-8 bytes. With a valid CRC the device accepts such a
            // code when the byte-length walk lines up exactly; the strict policy does not.
            if (!_f.Strict && crcValid && !_tlv.IsAscii(start, end))
            {
                _tlv.Count = 0;
                if (_tlv.Tokenize(_b, start, end, -1, true))
                {
                    _byteLengths = true;
                    _f.Warning(FindingCode.TlvByteLengths, "root", problem + " [parses with UTF-8 byte lengths; non-conformant generator]");
                    return true;
                }
            }

            _f.Error(code, "root", problem);
            return false;
        }

        /// <summary>Indexes the first <paramref name="rootCount"/> objects by ID and checks duplicates, empty values and order.</summary>
        public void CheckRootStructure(int rootCount)
        {
            // A fresh stamp per payload replaces clearing the 100 entries.
            _scan++;
            for (int i = 0; i < rootCount; i++)
            {
                int id = _tlv.Id[i];
                if (_rootStamp[id] == _scan)
                {
                    _f.Error(FindingCode.TlvDuplicate, EmvText.Tag(id), "root: duplicate ID " + EmvText.Tag(id));
                }
                else
                {
                    _rootStamp[id] = _scan;
                    _root[id] = i;
                }

                if (_tlv.ByteLength(i) == 0)
                {
                    _f.Error(FindingCode.TlvZeroLength, EmvText.Tag(id), "root: ID " + EmvText.Tag(id) + " has length 00 (must be 01..99)");
                }
            }

            if (rootCount > 0 && _tlv.Id[0] != 0) _f.Error(FindingCode.OrderFirst, "00", "00 is not the first object");
            if (rootCount > 0 && _tlv.Id[rootCount - 1] != 63) _f.Error(FindingCode.OrderLast, "63", "63 is not the last object");
        }

        /// <summary>Tokenizes a template's value; on failure reports it and forgets its partial children.</summary>
        public bool OpenTemplate(int index, int tagCode, bool deviceRejects)
        {
            if (_tlv.ByteLength(index) == 0) return false;
            int saved = _tlv.Count;
            if (!_tlv.Tokenize(_b, _tlv.Start[index], _tlv.End[index], index, _byteLengths))
            {
                string tag = EmvText.TagText(tagCode);
                Report(_tlv.FaultCode, tag, FaultMessage(tag), deviceRejects, OpaqueHandling);
                _tlv.Count = saved;
                return false;
            }

            // The template's children are the objects just added; a fresh stamp avoids clearing _seen.
            _stamp++;
            for (int c = saved; c < _tlv.Count; c++)
            {
                int id = _tlv.Id[c];
                if (_seen[id] == _stamp)
                {
                    string tag = EmvText.TagText(tagCode);
                    Report(FindingCode.TlvDuplicate, tag, tag + ": duplicate ID " + EmvText.Tag(id), deviceRejects, OpaqueHandling);
                }

                _seen[id] = _stamp;

                if (_tlv.ByteLength(c) == 0)
                {
                    string tag = EmvText.TagText(tagCode);
                    Report(FindingCode.TlvZeroLength, tag + "." + EmvText.Tag(id), tag + ": ID " + EmvText.Tag(id) + " has length 00 (must be 01..99)", deviceRejects, OpaqueHandling);
                }
            }

            return true;
        }

        /// <summary>A template with a GUID in sub-ID 00 (26-51, 62.50-99, 80-99). Returns the GUID's object index or -1.</summary>
        public int CheckTemplate(int index, int tagCode, bool deviceRejects)
        {
            if (!OpenTemplate(index, tagCode, deviceRejects)) return -1;
            int guid = _tlv.Find(index, 0);
            if (guid < 0)
            {
                string tag = EmvText.TagText(tagCode);
                Report(FindingCode.TemplateGuidMissing, tag, tag + " template has no GUID (sub-ID 00)", deviceRejects, "opaque template");
                return -1;
            }

            if (EmvText.Chars(_tlv, _b, _tlv.Start[guid], _tlv.End[guid]) > 32 || !Ascii.IsAns(_b, _tlv.Start[guid], _tlv.End[guid]))
            {
                string tag = EmvText.TagText(tagCode);
                _f.Relaxed(FindingCode.TemplateGuidFormat, tag + ".00", tag + ".00 GUID is longer than 32 characters or outside ans", "kept as an opaque identifier");
            }

            return guid;
        }

        private void Report(FindingCode code, string tag, string message, bool deviceRejects, string deviceHandling)
        {
            if (deviceRejects) _f.Error(code, tag, message);
            else _f.Relaxed(code, tag, message, deviceHandling);
        }

        private string FaultMessage(string context)
        {
            int p = _tlv.FaultPosition;
            switch (_tlv.FaultCode)
            {
                case FindingCode.TlvBadId:
                    return context + ": non-numeric ID '" + Utf8.GetString(_b, p, p + 2) + "' at offset " + _tlv.FaultOffset;
                case FindingCode.TlvBadLength:
                    return context + ": non-numeric length '" + Utf8.GetString(_b, p + 2, p + 4) + "' for ID " + EmvText.Tag(_tlv.FaultId);
                case FindingCode.TlvOverrun:
                    return context + ": ID " + EmvText.Tag(_tlv.FaultId) + " length " + Utf8.GetString(_b, p + 2, p + 4) + " runs past the end (offset " + _tlv.FaultOffset + ")";
                case FindingCode.TlvTrailing:
                    return context + ": trailing characters at offset " + _tlv.FaultOffset;
                default:
                    return context + ": more than " + EmvTlv.Capacity + " data objects";
            }
        }

        private int Hex(int p)
        {
            int c = _b[p];
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            return -1;
        }

        private static string Hex4(int v)
        {
            const string Digits = "0123456789ABCDEF";
            return new string(new[] { Digits[(v >> 12) & 15], Digits[(v >> 8) & 15], Digits[(v >> 4) & 15], Digits[v & 15] });
        }
    }
}
