using System.Globalization;
using System.Text.RegularExpressions;
using GlassesFirmware.Host.Tests.Qr;
using Xunit;
using Xunit.Abstractions;

namespace GlassesFirmware.Host.Tests.Session
{
    /// <summary>
    /// glasses-sim replay --il: the same scenario on the metered runtime, each payment's time to readback with its IL
    /// instructions (in the meter's collection: the count is one static field of the metered runtime).
    /// </summary>
    [Collection(IlCostMeterCollection.Name)]
    public class ReplayIlTests
    {
        private readonly ITestOutputHelper _log;

        public ReplayIlTests(ITestOutputHelper log)
        {
            _log = log;
        }

        [Fact]
        public void WithIlTheTimeToReadbackHasItsInstructions()
        {
            (int code, string output, string error) = ReplayCommandTests.Run(ReplayCommandTests.CameraPayment(), "--il");
            _log.WriteLine(output);
            Assert.True(code == 0, output + error);
            Match line = Regex.Match(output, @"([\d,]+) decoder units; ([\d,]+) IL \(decode ([\d,]+), payload analysis ([\d,]+), readback composition ([\d,]+), other ([\d,]+)\) = (\d+\.\d{3}) s at 10\^6 IL/s");
            Assert.True(line.Success, output);
            long Number(int group) => long.Parse(line.Groups[group].Value.Replace(",", ""), CultureInfo.InvariantCulture);
            long total = Number(2);
            Assert.Equal(total, Number(3) + Number(4) + Number(5) + Number(6));
            // A 240x240 frame with a code costs about a million IL, most of it decoding; the payload's analysis and
            // the readback sentence are tens of thousands.
            Assert.InRange(Number(3), 300_000, 20_000_000);
            Assert.InRange(Number(4), 5_000, 300_000);
            Assert.InRange(Number(5), 1_000, 100_000);
            Assert.InRange(double.Parse(line.Groups[7].Value, CultureInfo.InvariantCulture), total / 1_000_000.0 - 0.001, total / 1_000_000.0);
        }
    }
}
