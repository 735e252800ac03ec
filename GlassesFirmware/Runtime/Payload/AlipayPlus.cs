using GlassesFirmware.Text;

namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Structure check of an Alipay+ MPM general payload: base64 of a TLV with 4-character IDs and
    /// 3-digit lengths (GPLD holding PLVS, CDSD, CIRD ...), whose CDSD/CIRD values are in turn 2-digit
    /// TLVs. There is no CRC; the wallet resolves the code server-side.
    /// </summary>
    internal static class AlipayPlus
    {
        /// <summary>Returns null when [s, e) decodes to a well-formed general payload, else the problem.</summary>
        public static string Check(byte[] b, int s, int e)
        {
            byte[] data = new byte[(e - s) * 3 / 4 + 3];
            int n = Base64(b, s, e, data);
            if (n < 0) return "Alipay+ payload is not base64";

            // The root is exactly one GPLD object spanning the whole payload.
            int valueStart;
            int valueEnd;
            if (!Object(data, 0, n, out valueStart, out valueEnd) || valueEnd != n || !Id(data, 0, "GPLD"))
            {
                return "Alipay+ payload is not a single GPLD object";
            }

            bool version = false;
            int p = valueStart;
            while (p < n)
            {
                int vs;
                int ve;
                if (!Object(data, p, n, out vs, out ve)) return "Alipay+ GPLD content does not split into 4+3 TLV objects";
                if (Id(data, p, "PLVS")) version = true;
                if ((Id(data, p, "CDSD") || Id(data, p, "CIRD")) && !TwoDigitTlv(data, vs, ve))
                {
                    return "Alipay+ " + Utf8.GetString(data, p, p + 4) + " content does not split into 2+2 TLV objects";
                }

                p = ve;
            }

            return version ? null : "Alipay+ payload has no PLVS (payload version)";
        }

        /// <summary>Reads a 4-character ID and 3-digit length at <paramref name="p"/>.</summary>
        private static bool Object(byte[] d, int p, int n, out int valueStart, out int valueEnd)
        {
            valueStart = p + 7;
            valueEnd = -1;
            if (n - p < 7) return false;
            for (int k = 0; k < 4; k++)
            {
                byte c = d[p + k];
                if (!((c >= (byte)'A' && c <= (byte)'Z') || (c >= (byte)'0' && c <= (byte)'9'))) return false;
            }

            if (!Ascii.IsDigits(d, p + 4, p + 7)) return false;
            int length = (d[p + 4] - '0') * 100 + (d[p + 5] - '0') * 10 + (d[p + 6] - '0');
            valueEnd = valueStart + length;
            return length > 0 && valueEnd <= n;
        }

        private static bool TwoDigitTlv(byte[] d, int s, int e)
        {
            int p = s;
            while (p < e)
            {
                if (e - p < 4 || Ascii.TwoDigits(d, p) < 0) return false;
                int length = Ascii.TwoDigits(d, p + 2);
                if (length <= 0 || p + 4 + length > e) return false;
                p += 4 + length;
            }

            return true;
        }

        private static bool Id(byte[] d, int p, string id)
        {
            for (int k = 0; k < 4; k++)
            {
                if (d[p + k] != (byte)id[k]) return false;
            }

            return true;
        }

        /// <summary>Decodes standard or URL-safe base64 (padding optional); returns the byte count or -1.</summary>
        private static int Base64(byte[] b, int s, int e, byte[] output)
        {
            int n = 0;
            int acc = 0;
            int bits = 0;
            int i = s;
            for (; i < e; i++)
            {
                int c = b[i];
                int v;
                if (c >= 'A' && c <= 'Z') v = c - 'A';
                else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
                else if (c >= '0' && c <= '9') v = c - '0' + 52;
                else if (c == '+' || c == '-') v = 62;
                else if (c == '/' || c == '_') v = 63;
                else break;
                acc = (acc << 6) | v;
                bits += 6;
                if (bits >= 8)
                {
                    bits -= 8;
                    output[n++] = (byte)(acc >> bits);
                    acc &= (1 << bits) - 1;
                }
            }

            int pad = 0;
            while (i < e && b[i] == (byte)'=' && pad < 2)
            {
                i++;
                pad++;
            }

            return i == e && bits < 6 && n > 0 ? n : -1;
        }
    }
}
