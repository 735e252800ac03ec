using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GlassesFirmware.Integrity;
using GlassesFirmware.Payload;
using Xunit;

namespace GlassesFirmware.Host.Tests.Payload
{
    /// <summary>
    /// All 65 shared vectors (../shared/payments/emvqr-vectors.json): the CRC, the verdict under both
    /// policies, and the findings, mapped from the vectors' prose to our codes.
    /// </summary>
    public class EmvVectorTests
    {
        public sealed record Vector(string Id, string Payload, string CrcComputed, string[] StrictErrors, string[] StrictWarnings, string[] LenientReject, string[] LenientWarnings)
        {
            public override string ToString() => Id;
        }

        /// <summary>
        /// Where our device policy knowingly says more than the vector: after re-walking VN-7 with byte
        /// lengths we validate the result, which (correctly) reports the P2P fields it lacks and the non-ans
        /// text in 62.08; the reference checker stops at the desync.
        /// </summary>
        private static readonly Dictionary<string, string[]> ExtraDeviceWarnings = new()
        {
            ["VN-7"] = new[] { "field.missing@52", "field.missing@59", "field.missing@60", "field.charset@62.08" },
        };

        public static readonly Vector[] All = Load();

        public static IEnumerable<object[]> Vectors() => All.Select(v => new object[] { v });

        [Fact]
        public void AllSixtyFiveVectorsAreLoaded()
        {
            Assert.Equal(65, All.Length);
            Assert.Equal(54, All.Count(v => v.LenientReject.Length == 0));
        }

        [Theory]
        [MemberData(nameof(Vectors))]
        public void CrcOverUtf8BytesMatchesTheVector(Vector v)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(v.Payload);
            Assert.Equal(v.CrcComputed, Crc16Ccitt.Compute(bytes, 0, bytes.Length - 4).ToString("X4"));
        }

        [Theory]
        [MemberData(nameof(Vectors))]
        public void DevicePolicyMatchesLenientVerdict(Vector v)
        {
            PaymentIntent r = Analyze(v, ValidationPolicy.Device);
            Assert.Equal(v.LenientReject.Length == 0, r.Accepted);
            Assert.Equal(Expected(v.LenientReject), Actual(r, FindingSeverity.Error));
            string[] extra = ExtraDeviceWarnings.TryGetValue(v.Id, out string[] e) ? e : Array.Empty<string>();
            Assert.Equal(Expected(v.LenientWarnings).Concat(extra).OrderBy(s => s, StringComparer.Ordinal), Actual(r, FindingSeverity.Warning));
        }

        [Theory]
        [MemberData(nameof(Vectors))]
        public void StrictPolicyMatchesStrictVerdict(Vector v)
        {
            PaymentIntent r = Analyze(v, ValidationPolicy.Strict);
            Assert.Equal(v.StrictErrors.Length == 0, r.Accepted);
            Assert.Equal(Expected(v.StrictErrors), Actual(r, FindingSeverity.Error));
            Assert.Equal(Expected(v.StrictWarnings), Actual(r, FindingSeverity.Warning));
        }

        [Theory]
        [MemberData(nameof(Vectors))]
        public void EveryVectorIsEmvMerchantWithAReadback(Vector v)
        {
            PaymentIntent r = Analyze(v, ValidationPolicy.Device);
            Assert.Equal(PayloadKind.EmvMerchant, r.Kind);
            Assert.False(string.IsNullOrEmpty(r.Readback));
            if (r.Accepted) Assert.NotNull(r.CurrencyAlpha);
        }

        private static PaymentIntent Analyze(Vector v, ValidationPolicy policy) =>
            new PayloadAnalyzer(new PayloadOptions { Policy = policy }).Analyze(v.Payload);

        private static IEnumerable<string> Actual(PaymentIntent r, FindingSeverity severity) =>
            r.Findings.Where(f => f.Severity == severity).Select(f => f.CodeName + "@" + f.Tag).OrderBy(s => s, StringComparer.Ordinal);

        private static IEnumerable<string> Expected(string[] messages) =>
            messages.Select(Map).OrderBy(s => s, StringComparer.Ordinal);

        // The vectors describe findings in prose; each pattern names our code and the tag it concerns.
        private static readonly (Regex Pattern, string Code)[] Patterns =
        {
            (new Regex(@"^CRC mismatch"), "crc.mismatch@63"),
            (new Regex(@"^CRC hex in lower case"), "crc.lowerCase@63"),
            (new Regex(@"^root: non-numeric length .*\[parses with UTF-8 byte lengths"), "tlv.byteLengths@root"),
            (new Regex(@"^root: non-numeric ID"), "tlv.badId@root"),
            (new Regex(@"^root: non-numeric length"), "tlv.badLength@root"),
            (new Regex(@"^(\d\d): non-numeric length"), "tlv.badLength@$1"),
            (new Regex(@"^root: ID (\d\d) has length 00"), "tlv.zeroLength@$1"),
            (new Regex(@"^missing mandatory (\d\d)"), "field.missing@$1"),
            (new Regex(@"^(\d\d) MCC '.*' is not N4"), "field.format@$1"),
            (new Regex(@"^Point of Initiation '.*' not 11/12"), "initiation.invalid@01"),
            (new Regex(@"^(\d\d) present without 55="), "fee.unexpected@$1"),
            (new Regex(@"^62\.09 '.*' not a unique combination"), "dataRequest.invalid@62.09"),
            (new Regex(@"^(\d\d) is RFU"), "field.reserved@$1"),
            (new Regex(@"^54 amount '.*' has \d+ decimals"), "amount.precision@54"),
            (new Regex(@"^54 amount '.*' is zero"), "amount.zero@54"),
            (new Regex(@"^Payload Format Indicator is '02'"), "formatIndicator.version@00"),
            (new Regex(@"^(\d\d) longer than \d+"), "field.tooLong@$1"),
            (new Regex(@"^62 empty"), "template.empty@62"),
            (new Regex(@"^62\.00 is not defined"), "field.undefined@62.00"),
        };

        private static string Map(string message)
        {
            foreach ((Regex pattern, string code) in Patterns)
            {
                Match m = pattern.Match(message);
                if (m.Success) return m.Result(code);
            }

            throw new InvalidOperationException("no finding code mapped for vector message: " + message);
        }

        private static Vector[] Load()
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepoPaths.Shared, "payments", "emvqr-vectors.json")));
            static string[] List(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(x => x.GetString()).ToArray();
            return doc.RootElement.EnumerateArray().Select(e => new Vector(
                e.GetProperty("id").GetString(),
                e.GetProperty("payload").GetString(),
                e.GetProperty("crc_computed").GetString(),
                List(e, "strict_errors"),
                List(e, "strict_warnings"),
                List(e, "lenient_reject"),
                List(e, "lenient_warnings"))).ToArray();
        }
    }
}
