using GlassesFirmware.Integrity;
using GlassesFirmware.Payload;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>Helpers shared by the payload tests: building EMVCo bodies with a valid CRC and reading verdicts.</summary>
    public static class PayloadTestKit
    {
        /// <summary>A valid static PayNow merchant code without its CRC object (ASCII).</summary>
        public const string PayNowBody = "00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE";

        public static PaymentIntent Analyze(string payload)
        {
            return Analyze(payload, ValidationPolicy.Device, "en");
        }

        public static PaymentIntent Analyze(string payload, ValidationPolicy policy, string language)
        {
            PayloadOptions options = new PayloadOptions();
            options.Policy = policy;
            options.Language = language;
            options.AllowedHosts = new[] { "qr.tngdigital.com.my", "payqr.gcash.com" };
            return new PayloadAnalyzer(options).Analyze(payload);
        }

        /// <summary>Appends "6304" and the CRC of an ASCII body.</summary>
        public static string WithCrc(string body)
        {
            string covered = body + "6304";
            byte[] bytes = Ascii(covered);
            return covered + Hex4(Crc16Ccitt.Compute(bytes, 0, bytes.Length));
        }

        /// <summary><paramref name="unit"/> repeated <paramref name="times"/> times, built in one buffer.</summary>
        public static string Repeat(string unit, int times)
        {
            char[] chars = new char[unit.Length * times];
            for (int i = 0; i < chars.Length; i++) chars[i] = unit[i % unit.Length];
            return new string(chars);
        }

        public static byte[] Ascii(string s)
        {
            byte[] bytes = new byte[s.Length];
            for (int i = 0; i < s.Length; i++) bytes[i] = (byte)s[i];
            return bytes;
        }

        public static string Hex4(int v)
        {
            const string Digits = "0123456789ABCDEF";
            return new string(new[] { Digits[(v >> 12) & 15], Digits[(v >> 8) & 15], Digits[(v >> 4) & 15], Digits[v & 15] });
        }

        /// <summary>Severity of the first finding with this code, or 0 when there is none.</summary>
        public static int SeverityOf(PaymentIntent r, FindingCode code)
        {
            for (int i = 0; i < r.Findings.Length; i++)
            {
                if (r.Findings[i].Code == code) return (int)r.Findings[i].Severity;
            }

            return 0;
        }

        /// <summary>Tag of the first finding with this code, or null when there is none.</summary>
        public static string TagOf(PaymentIntent r, FindingCode code)
        {
            for (int i = 0; i < r.Findings.Length; i++)
            {
                if (r.Findings[i].Code == code) return r.Findings[i].Tag;
            }

            return null;
        }

        /// <summary>All finding code names, space-separated, for assertion messages.</summary>
        public static string Describe(PaymentIntent r)
        {
            string s = "";
            for (int i = 0; i < r.Findings.Length; i++) s += r.Findings[i].CodeName + "/" + r.Findings[i].SeverityName + " ";
            return s;
        }

        /// <summary>True when every finding carries a defined code, a tag or message, and a valid severity.</summary>
        public static bool WellFormed(PaymentIntent r)
        {
            if (r == null || r.Findings == null || r.Readback == null) return false;
            bool anyError = false;
            for (int i = 0; i < r.Findings.Length; i++)
            {
                Finding f = r.Findings[i];
                if (f.Code == FindingCode.None || (int)f.Code >= FindingCodes.Count || f.Message == null || f.Message.Length == 0) return false;
                if (f.Severity == FindingSeverity.Error) anyError = true;
                else if (f.Severity != FindingSeverity.Warning) return false;
            }

            return r.Accepted == !anyError;
        }
    }
}
