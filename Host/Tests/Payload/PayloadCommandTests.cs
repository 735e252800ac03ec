using System.IO;
using System.Text;
using System.Text.Json;
using GlassesFirmware.Host.Simulator.Commands;
using Xunit;

namespace GlassesFirmware.Host.Tests.Payload
{
    /// <summary>glasses-sim payload: one JSON object with the verdict, for every input form.</summary>
    public class PayloadCommandTests
    {
        private const string Emv1 = "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.7253031565502016233030412340603***0708A60086670902ME91320016A0112233449988770708123456786304A13A";

        [Fact]
        public void TextGivesTheFullVerdict()
        {
            (int code, JsonElement json) = Run(Emv1, "--lang", "zh");
            Assert.Equal(0, code);
            Assert.Equal("emvMerchant", json.GetProperty("kind").GetString());
            Assert.True(json.GetProperty("accepted").GetBoolean());
            Assert.Equal(0, json.GetProperty("findings").GetArrayLength());
            Assert.Equal(2372, json.GetProperty("amountMinor").GetInt64());
            Assert.Equal("CNY", json.GetProperty("currency").GetString());
            Assert.Equal(2, json.GetProperty("exponent").GetInt32());
            Assert.Equal(JsonValueKind.Null, json.GetProperty("totalMinor").ValueKind);
            Assert.Equal("最佳运输", json.GetProperty("payee").GetString());
            Assert.Equal("向名为最佳运输（名称结束）的收款方支付23.72元人民币，可另加小费。商户还需要客户标签。", json.GetProperty("readback").GetString());
        }

        [Fact]
        public void HexAndFileCarryRawBytes()
        {
            string hex = System.Convert.ToHexString(Encoding.UTF8.GetBytes(Emv1));
            (int hexCode, JsonElement fromHex) = Run("--hex", hex);
            Assert.Equal(0, hexCode);

            string path = Path.GetTempFileName();
            try
            {
                File.WriteAllText(path, Emv1 + "\n");
                (int fileCode, JsonElement fromFile) = Run("--file", path);
                Assert.Equal(0, fileCode);
                Assert.Equal(fromHex.GetProperty("readback").GetString(), fromFile.GetProperty("readback").GetString());
            }
            finally
            {
                File.Delete(path);
            }

            // Invalid UTF-8 through --hex: a typed verdict, exit code 1.
            (int badCode, JsonElement bad) = Run("--hex", "3030303203FF");
            Assert.Equal(1, badCode);
            Assert.Equal("payload.utf8Invalid", bad.GetProperty("findings")[0].GetProperty("code").GetString());
        }

        [Fact]
        public void StrictPolicyRejectsWhatTheDeviceAccepts()
        {
            const string th1 = "00020101021129370016A000000677010111011300668012345675802TH530376463046197";
            Assert.Equal(0, Run(th1).Code);
            (int code, JsonElement json) = Run("--policy", "strict", th1);
            Assert.Equal(1, code);
            Assert.Equal("error", json.GetProperty("findings")[0].GetProperty("severity").GetString());
            Assert.Equal("field.missing", json.GetProperty("findings")[0].GetProperty("code").GetString());
        }

        [Fact]
        public void HostsOptionAdmitsPaymentUrls()
        {
            Assert.Equal("unknownUrl", Run("https://qr.tngdigital.com.my/m/1").Json.GetProperty("kind").GetString());
            (int code, JsonElement json) = Run("--hosts", "qr.alipay.com,qr.tngdigital.com.my", "https://qr.tngdigital.com.my/m/1");
            Assert.Equal(0, code);
            Assert.Equal("paymentUrl", json.GetProperty("kind").GetString());
            Assert.Equal("A qr.tngdigital.com.my payment; your wallet will show the payee and amount.", json.GetProperty("readback").GetString());
        }

        [Fact]
        public void ShippedConfigurationSuppliesHostsAndLanguage()
        {
            (int code, JsonElement json) = Run("--config", Path.Combine(RepoPaths.Root, "nf.config"), "https://qr.alipay.com/bax1");
            Assert.Equal(0, code);
            Assert.Equal("alipayUrl", json.GetProperty("kind").GetString());
        }

        [Fact]
        public void BadArgumentsAreUsageErrors()
        {
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.Equal(2, new PayloadCommand().Run(new[] { "--policy", "loose", "x" }, output, error));
            Assert.Contains("usage", error.ToString());
            Assert.Equal(2, new PayloadCommand().Run(new string[0], output, error));
            Assert.Equal(2, new PayloadCommand().Run(new[] { "--hex", "zz" }, output, error));
            Assert.Equal(2, new PayloadCommand().Run(new[] { "--lang", "fr", "x" }, output, error));
        }

        [Fact]
        public void WalletLinksStateTheirPayeeAndAmount()
        {
            (int code, JsonElement json) = Run("https://paypal.me/klhui/12.50EUR");
            Assert.Equal(0, code);
            Assert.Equal("walletUrl", json.GetProperty("kind").GetString());
            Assert.Equal("klhui", json.GetProperty("payee").GetString());
            Assert.Equal(1250, json.GetProperty("amountMinor").GetInt64());
            Assert.Equal("EUR", json.GetProperty("currency").GetString());
            Assert.Equal(JsonValueKind.Null, json.GetProperty("content").ValueKind);
        }

        [Fact]
        public void CryptoIsRefusedUnlessAllowed()
        {
            const string Bip21 = "bitcoin:175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W?amount=50";
            (int refused, JsonElement json) = Run(Bip21);
            Assert.Equal(1, refused);
            Assert.Equal("cryptoUri", json.GetProperty("kind").GetString());
            Assert.Equal("crypto.refused", json.GetProperty("findings")[0].GetProperty("code").GetString());
            Assert.Equal(0, Run("--crypto", Bip21).Code);
        }

        [Fact]
        public void NonPaymentCodesNameWhatTheyHold()
        {
            (int code, JsonElement json) = Run("WIFI:S:cafe;T:WPA;P:secret;;");
            Assert.Equal(1, code);
            Assert.Equal("notPayment", json.GetProperty("kind").GetString());
            Assert.Equal("wifi", json.GetProperty("content").GetString());
            Assert.Equal("webLink", Run("https://example.com/menu").Json.GetProperty("content").GetString());
        }

        private static (int Code, JsonElement Json) Run(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int code = new PayloadCommand().Run(args, output, error);
            Assert.Equal("", error.ToString());
            return (code, JsonDocument.Parse(output.ToString()).RootElement.Clone());
        }
    }
}
