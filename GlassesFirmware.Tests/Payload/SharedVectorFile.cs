using System.Collections;
using System.IO;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>
    /// The shared payment vectors (../shared/payments/emvqr-vectors.json) read from a file at test time, so the
    /// same test runs all 65 on the host and on a device (deploy the file to I:\ with nanoff --filedeployment,
    /// docs/payloads.md). A small JSON scanner keeps the fields the test needs; payloads stay raw UTF-8 bytes.
    /// </summary>
    internal sealed class SharedVectorFile
    {
        /// <summary>Where the file is looked for: the device's internal flash, then the host test's output folder.</summary>
        internal static readonly string[] Candidates = { "I:\\emvqr-vectors.json", "emvqr-vectors.json" };

        internal readonly ArrayList Vectors = new ArrayList();

        /// <summary>One vector: what the device must compute and decide.</summary>
        internal sealed class Vector
        {
            internal string Id;
            internal byte[] Payload;
            internal string CrcComputed;
            internal int LenientRejects;
            internal int StrictErrors;
        }

        /// <summary>Loads the first candidate that exists; null when none does.</summary>
        internal static SharedVectorFile Load()
        {
            for (int i = 0; i < Candidates.Length; i++)
            {
                if (!File.Exists(Candidates[i]))
                {
                    continue;
                }

                using (FileStream stream = new FileStream(Candidates[i], FileMode.Open, FileAccess.Read))
                {
                    byte[] json = new byte[(int)stream.Length];
                    int read = 0;
                    while (read < json.Length)
                    {
                        int n = stream.Read(json, read, json.Length - read);
                        if (n <= 0)
                        {
                            break;
                        }

                        read += n;
                    }

                    return Parse(json);
                }
            }

            return null;
        }

        /// <summary>Parses the vector array; throws <see cref="System.FormatException"/> on malformed JSON.</summary>
        internal static SharedVectorFile Parse(byte[] json)
        {
            var file = new SharedVectorFile();
            var scanner = new Scanner(json);
            scanner.Expect('[');
            if (!scanner.TryConsume(']'))
            {
                do
                {
                    file.Vectors.Add(ReadVector(scanner));
                }
                while (scanner.TryConsume(','));

                scanner.Expect(']');
            }

            return file;
        }

        private static Vector ReadVector(Scanner scanner)
        {
            var vector = new Vector();
            scanner.Expect('{');
            if (scanner.TryConsume('}'))
            {
                return vector;
            }

            do
            {
                string key = Utf8Text(scanner.ReadString());
                scanner.Expect(':');
                if (key == "id")
                {
                    vector.Id = Utf8Text(scanner.ReadString());
                }
                else if (key == "payload")
                {
                    vector.Payload = scanner.ReadString();
                }
                else if (key == "crc_computed")
                {
                    vector.CrcComputed = Utf8Text(scanner.ReadString());
                }
                else if (key == "lenient_reject")
                {
                    vector.LenientRejects = scanner.SkipArrayCountingItems();
                }
                else if (key == "strict_errors")
                {
                    vector.StrictErrors = scanner.SkipArrayCountingItems();
                }
                else
                {
                    scanner.SkipValue(0);
                }
            }
            while (scanner.TryConsume(','));

            scanner.Expect('}');
            return vector;
        }

        private static string Utf8Text(byte[] bytes)
        {
            return GlassesFirmware.Text.Utf8.GetString(bytes, 0, bytes.Length);
        }

        private sealed class Scanner
        {
            private const int MaxDepth = 16;
            private readonly byte[] _json;
            private int _pos;

            internal Scanner(byte[] json)
            {
                _json = json;
            }

            internal void Expect(char c)
            {
                if (!TryConsume(c))
                {
                    throw new System.FormatException("expected '" + c + "' at byte " + _pos.ToString());
                }
            }

            internal bool TryConsume(char c)
            {
                SkipSpace();
                if (_pos < _json.Length && _json[_pos] == (byte)c)
                {
                    _pos++;
                    return true;
                }

                return false;
            }

            private void SkipSpace()
            {
                while (_pos < _json.Length && (_json[_pos] == (byte)' ' || _json[_pos] == (byte)'\n' || _json[_pos] == (byte)'\r' || _json[_pos] == (byte)'\t'))
                {
                    _pos++;
                }
            }

            // Returns the string's value as UTF-8 bytes, escapes resolved.
            internal byte[] ReadString()
            {
                Expect('"');
                byte[] buffer = new byte[16];
                int n = 0;
                while (true)
                {
                    if (_pos >= _json.Length)
                    {
                        throw new System.FormatException("unterminated string");
                    }

                    byte b = _json[_pos++];
                    if (b == (byte)'"')
                    {
                        break;
                    }

                    int code = b;
                    if (b == (byte)'\\')
                    {
                        code = ReadEscape();
                        if (code >= 0x80)
                        {
                            buffer = Append(buffer, ref n, code);
                            continue;
                        }
                    }

                    buffer = Append(buffer, ref n, -code - 1);
                }

                byte[] result = new byte[n];
                System.Array.Copy(buffer, result, n);
                return result;
            }

            internal int SkipArrayCountingItems()
            {
                Expect('[');
                if (TryConsume(']'))
                {
                    return 0;
                }

                int count = 0;
                do
                {
                    SkipValue(1);
                    count++;
                }
                while (TryConsume(','));

                Expect(']');
                return count;
            }

            internal void SkipValue(int depth)
            {
                if (depth > MaxDepth)
                {
                    throw new System.FormatException("nesting too deep");
                }

                SkipSpace();
                if (_pos >= _json.Length)
                {
                    throw new System.FormatException("value expected at end of file");
                }

                byte b = _json[_pos];
                if (b == (byte)'"')
                {
                    ReadString();
                }
                else if (b == (byte)'[')
                {
                    _pos++;
                    if (!TryConsume(']'))
                    {
                        do
                        {
                            SkipValue(depth + 1);
                        }
                        while (TryConsume(','));

                        Expect(']');
                    }
                }
                else if (b == (byte)'{')
                {
                    _pos++;
                    if (!TryConsume('}'))
                    {
                        do
                        {
                            ReadString();
                            Expect(':');
                            SkipValue(depth + 1);
                        }
                        while (TryConsume(','));

                        Expect('}');
                    }
                }
                else
                {
                    // number, true, false, null: a run of literal characters
                    int start = _pos;
                    while (_pos < _json.Length && (char)_json[_pos] != ',' && (char)_json[_pos] != ']' && (char)_json[_pos] != '}' && _json[_pos] > (byte)' ')
                    {
                        _pos++;
                    }

                    if (_pos == start)
                    {
                        throw new System.FormatException("value expected at byte " + start.ToString());
                    }
                }
            }

            private int ReadEscape()
            {
                if (_pos >= _json.Length)
                {
                    throw new System.FormatException("unterminated escape");
                }

                byte e = _json[_pos++];
                switch ((char)e)
                {
                    case 'b': return 8;
                    case 'f': return 12;
                    case 'n': return 10;
                    case 'r': return 13;
                    case 't': return 9;
                    case 'u':
                        int unit = Hex4();
                        if (unit >= 0xD800 && unit <= 0xDBFF && _pos + 6 <= _json.Length && _json[_pos] == (byte)'\\' && _json[_pos + 1] == (byte)'u')
                        {
                            _pos += 2;
                            int low = Hex4();
                            return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                        }

                        return unit;
                    default:
                        return e; // \" \\ \/
                }
            }

            private int Hex4()
            {
                if (_pos + 4 > _json.Length)
                {
                    throw new System.FormatException("short \\u escape");
                }

                int value = 0;
                for (int i = 0; i < 4; i++)
                {
                    int c = _json[_pos++];
                    int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                    if (digit < 0)
                    {
                        throw new System.FormatException("bad \\u escape");
                    }

                    value = (value << 4) | digit;
                }

                return value;
            }

            // A negative value is a raw byte (-b - 1) copied as is; a non-negative one is a code point to encode.
            private static byte[] Append(byte[] buffer, ref int n, int value)
            {
                if (n + 4 > buffer.Length)
                {
                    byte[] grown = new byte[buffer.Length * 2];
                    System.Array.Copy(buffer, grown, n);
                    buffer = grown;
                }

                if (value < 0)
                {
                    buffer[n++] = (byte)(-value - 1);
                }
                else if (value < 0x80)
                {
                    buffer[n++] = (byte)value;
                }
                else if (value < 0x800)
                {
                    buffer[n++] = (byte)(0xC0 | (value >> 6));
                    buffer[n++] = (byte)(0x80 | (value & 0x3F));
                }
                else if (value < 0x10000)
                {
                    buffer[n++] = (byte)(0xE0 | (value >> 12));
                    buffer[n++] = (byte)(0x80 | ((value >> 6) & 0x3F));
                    buffer[n++] = (byte)(0x80 | (value & 0x3F));
                }
                else
                {
                    buffer[n++] = (byte)(0xF0 | (value >> 18));
                    buffer[n++] = (byte)(0x80 | ((value >> 12) & 0x3F));
                    buffer[n++] = (byte)(0x80 | ((value >> 6) & 0x3F));
                    buffer[n++] = (byte)(0x80 | (value & 0x3F));
                }

                return buffer;
            }
        }
    }
}
