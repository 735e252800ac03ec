using GlassesFirmware.Payload;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>
    /// The host the glasses judge is the host a WHATWG URL parser (browsers, wallets) connects to.
    /// Inputs and expected hosts are taken from web-platform-tests url/resources/urltestdata.json
    /// (github.com/web-platform-tests/wpt, the cases that matter to an allow-list); where that file
    /// expects a host converted by UTS #46 (IDNA), the glasses refuse instead (url.hostInternational).
    /// </summary>
    [TestClass]
    public class UrlHostTests
    {
        private const int Parsed = (int)FindingCode.None;
        private const int Unparsable = (int)FindingCode.UrlUnparsable;
        private const int International = (int)FindingCode.UrlHostInternational;

        /// <summary>Input, the host a WHATWG parser gives ("" when it fails), and the glasses' failure code.</summary>
        // Backslashes are slashes in special schemes.
        [DataRow("http://example.com\\\\foo\\\\bar", "example.com", Parsed)]
        [DataRow("http:\\\\www.google.com\\foo", "www.google.com", Parsed)]
        [DataRow("http:\\\\a\\b:c\\d@foo.com\\", "a", Parsed)]
        [DataRow("http://foo.com/\\@", "foo.com", Parsed)]
        [DataRow("https:example.com/", "example.com", Parsed)]
        [DataRow("https:/example.com/", "example.com", Parsed)]
        // Credentials end at the authority's last '@'.
        [DataRow("http://user:pass@foo:21/bar;par?b#c", "foo", Parsed)]
        [DataRow("http://&a:foo(b]c@d:2/", "d", Parsed)]
        [DataRow("http://::@c@d:2", "d", Parsed)]
        [DataRow("http://foo.com:b@d/", "d", Parsed)]
        [DataRow("https://@test@test@example:800/", "example", Parsed)]
        [DataRow("https://@@@example", "example", Parsed)]
        [DataRow("http://www.@pple.com", "pple.com", Parsed)]
        [DataRow("http:@www.example.com", "www.example.com", Parsed)]
        [DataRow("http://:@www.example.com", "www.example.com", Parsed)]
        [DataRow("http://%25DOMAIN:foobar@foodomain.com/", "foodomain.com", Parsed)]
        [DataRow("http://user@/www.example.com", "", Unparsable)]
        [DataRow("http://@/www.example.com", "", Unparsable)]
        [DataRow("http://@:www.example.com", "", Unparsable)]
        [DataRow("http://user:pass@/", "", Unparsable)]
        // Ports.
        [DataRow("http://f:00000000000000000000080/c", "f", Parsed)]
        [DataRow("http://f:\n/c", "f", Parsed)]
        [DataRow("http://f:b/c", "", Unparsable)]
        [DataRow("http://f: /c", "", Unparsable)]
        [DataRow("http://f:999999/c", "", Unparsable)]
        [DataRow("http://f:4294967377/c", "", Unparsable)]
        [DataRow("http://foo:-80/", "", Unparsable)]
        // Percent-encoded hosts are decoded before they are judged.
        [DataRow("http://%30%78%63%30%2e%30%32%35%30.01", "192.168.0.1", Parsed)]
        [DataRow("http://%30%78%63%30%2e%30%32%35%30.01%2e", "192.168.0.1", Parsed)]
        [DataRow("http://%3g%78%63%30%2e%30%32%35%30%2E.01", "", Unparsable)]
        [DataRow("http://%zz%66%a.com", "", Unparsable)]
        [DataRow("http://%25", "", Unparsable)]
        [DataRow("http://hello%00", "", Unparsable)]
        [DataRow("http://ho%2Fst/", "", Unparsable)]
        [DataRow("http://ho%3Ast/", "", Unparsable)]
        [DataRow("http://ho%40st/", "", Unparsable)]
        [DataRow("http://ho%5Cst/", "", Unparsable)]
        [DataRow("http://ho%09st/", "", Unparsable)]
        [DataRow("http://%ef%b7%90zyx.com", "", International)]
        [DataRow("https://example.com%80/", "", International)]
        [DataRow("https://%e2%98%83", "", International)]
        // IPv4 in every written form is an address, never a name.
        [DataRow("http://192.0x00A80001", "192.168.0.1", Parsed)]
        [DataRow("http://1.2.3.4./", "1.2.3.4", Parsed)]
        [DataRow("http://192.168.257", "192.168.1.1", Parsed)]
        [DataRow("http://192.168.257.com", "192.168.257.com", Parsed)]
        [DataRow("http://256", "0.0.1.0", Parsed)]
        [DataRow("http://999999999.", "59.154.201.255", Parsed)]
        [DataRow("http://4294967295", "255.255.255.255", Parsed)]
        [DataRow("http://0xffffffff", "255.255.255.255", Parsed)]
        [DataRow("https://0x.0x.0", "0.0.0.0", Parsed)]
        [DataRow("http://0x7f.0.0.0x7g", "0x7f.0.0.0x7g", Parsed)]
        [DataRow("http://foo.09..", "foo.09..", Parsed)]
        [DataRow("http://10000000000", "", Unparsable)]
        [DataRow("http://4294967296", "", Unparsable)]
        [DataRow("http://0xffffffff1", "", Unparsable)]
        [DataRow("http://256.256.256.256", "", Unparsable)]
        [DataRow("https://0x100000000/test", "", Unparsable)]
        [DataRow("http://192.168.0.257", "", Unparsable)]
        [DataRow("http://1.2.3.4.5", "", Unparsable)]
        [DataRow("http://0..0x300/", "", Unparsable)]
        [DataRow("http://1.2.3.08", "", Unparsable)]
        [DataRow("http://foo.09", "", Unparsable)]
        [DataRow("http://foo.0x4", "", Unparsable)]
        [DataRow("http://0999999999999999999/", "", Unparsable)]
        [DataRow("http://foo.0XFfFfFfFfFfFfFfFfFfAcE123", "", Unparsable)]
        // IPv6 literals.
        [DataRow("http://[2001::1]", "[2001::1]", Parsed)]
        [DataRow("http://[2001::1]:80", "[2001::1]", Parsed)]
        [DataRow("http://[::127.0.0.1]", "[::7f00:1]", Parsed)]
        [DataRow("http://[0:0:0:0:0:0:13.1.68.3]", "[::d01:4403]", Parsed)]
        [DataRow("http://[1:0::]", "[1::]", Parsed)]
        [DataRow("http://[0:1:0:1:0:1:0:1]", "[0:1:0:1:0:1:0:1]", Parsed)]
        [DataRow("http://[1::2]:3:4", "", Unparsable)]
        [DataRow("http://2001::1", "", Unparsable)]
        [DataRow("http://2001::1]", "", Unparsable)]
        [DataRow("http://[]", "", Unparsable)]
        [DataRow("http://[:]", "", Unparsable)]
        [DataRow("http://[google.com]", "", Unparsable)]
        [DataRow("http://[::1.2.3.4x]", "", Unparsable)]
        [DataRow("http://[::127.0.0.0.1]", "", Unparsable)]
        [DataRow("http://[0:1:2:3:4:5:6:7:8]", "", Unparsable)]
        [DataRow("https://[0::0::0]", "", Unparsable)]
        [DataRow("https://[0:0:]", "", Unparsable)]
        [DataRow("https://[0:1.23.23]", "", Unparsable)]
        // Case, tabs and newlines, empty labels and trailing dots.
        [DataRow("http://ExAmPlE.CoM", "example.com", Parsed)]
        [DataRow("http://example\t.\norg", "example.org", Parsed)]
        [DataRow("h\tt\nt\rp://h\to\ns\rt:9\t0\n0\r0/p\ta\nt\rh?q\tu\ne\rry#f\tr\na\rg", "host", Parsed)]
        [DataRow("http://./", ".", Parsed)]
        [DataRow("http://../", "..", Parsed)]
        // Empty hosts and forbidden code points.
        [DataRow("http://?", "", Unparsable)]
        [DataRow("http://#", "", Unparsable)]
        [DataRow("http://example example.com", "", Unparsable)]
        [DataRow("http://a<b", "", Unparsable)]
        [DataRow("http://a>b", "", Unparsable)]
        [DataRow("http://a[b/", "", Unparsable)]
        [DataRow("http://a]b/", "", Unparsable)]
        [DataRow("http://a^b", "", Unparsable)]
        [DataRow("http://a|b/", "", Unparsable)]
        [DataRow("http://a%b/", "", Unparsable)]
        [DataRow("http://!\"$&'()*+,-.;=_`{}~/", "!\"$&'()*+,-.;=_`{}~", Parsed)]
        // Internationalized hosts: WHATWG maps them (UTS #46); the glasses refuse them.
        [DataRow("http://\u4f60\u597d\u4f60\u597d", "", International)]
        [DataRow("https://fa\u00df.ExAmPlE/", "", International)]
        [DataRow("http://\uff27\uff4f.com", "", International)]
        [DataRow("http://www.foo\u3002bar.com", "", International)]
        [DataRow("http://GOO\u00a0\u3000goo.com", "", International)]
        [DataRow("http://a.b.c.XN--pokxncvks", "", International)]
        [DataRow("http://10.0.0.xn--pokxncvks", "", International)]
        // Non-special schemes keep an opaque host.
        [DataRow("sc://\u00f1.test/", "%C3%B1.test", Parsed)]
        [DataRow("non-special://H%4fSt/path", "H%4fSt", Parsed)]
        [DataRow("non-special://[1:2:0:0:5:0:0:0]/", "[1:2:0:0:5::]", Parsed)]
        [DataRow("sc://?", "", Parsed)]
        [DataRow("sc://a b/", "", Unparsable)]
        [DataRow("sc://a\\b/", "", Unparsable)]
        [DataRow("sc://a^b", "", Unparsable)]
        [DataRow("sc://@/", "", Unparsable)]
        [DataRow("sc://:12/", "", Unparsable)]
        [DataRow("non-special://f:999999/c", "", Unparsable)]
        // Probes from issue 17: what follows \, ? or # is never the host.
        [DataRow("https://evil.example\\@qr.alipay.com/x", "evil.example", Parsed)]
        [DataRow("https://evil.example?@qr.alipay.com/x", "evil.example", Parsed)]
        [DataRow("https://evil.example#@qr.alipay.com/x", "evil.example", Parsed)]
        [DataRow("https://qr.alipay.com./x", "qr.alipay.com.", Parsed)]
        [DataRow("https://qr.alipay.com%2eevil.example/x", "qr.alipay.com.evil.example", Parsed)]
        public void HostIsTheOneAWhatwgParserConnectsTo(string url, string host, int failure)
        {
            PaymentIntent r = PayloadTestKit.Analyze(url);
            string findings = PayloadTestKit.Describe(r);
            if (failure == Parsed)
            {
                Assert.AreEqual(host, r.Host, findings);
                Assert.AreEqual(0, PayloadTestKit.SeverityOf(r, FindingCode.UrlUnparsable), findings);
                Assert.AreEqual(0, PayloadTestKit.SeverityOf(r, FindingCode.UrlHostInternational), findings);
            }
            else
            {
                Assert.IsNull(r.Host, findings);
                Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(r, (FindingCode)failure), findings);
                Assert.IsFalse(r.Accepted);
            }

            Assert.IsTrue(PayloadTestKit.WellFormed(r));
        }

        [TestMethod]
        public void ControlCharactersAroundTheUrlAreStrippedAndInsideTheHostRefused()
        {
            // urltestdata.json: "\u0000\u001b\u0004\u0012 http://example.com/\u001f \u000d " is http://example.com/.
            // Given as bytes: a device string ends at its first NUL, so the controls cannot travel in a string.
            byte[] url = PayloadTestKit.Ascii("https://qr.alipay.com/x");
            byte[] around = new byte[5 + url.Length + 4];
            around[0] = 0;
            around[1] = 0x1B;
            around[2] = 4;
            around[3] = 0x12;
            around[4] = (byte)' ';
            System.Array.Copy(url, 0, around, 5, url.Length);
            around[5 + url.Length] = 0x1F;
            around[6 + url.Length] = (byte)' ';
            around[7 + url.Length] = 13;
            around[8 + url.Length] = (byte)' ';
            PayloadAnalyzer analyzer = new PayloadAnalyzer(new PayloadOptions());
            PaymentIntent r = analyzer.Analyze(around, 0, around.Length);
            Assert.AreEqual("qr.alipay.com", r.Host);
            Assert.AreEqual((int)PayloadKind.AlipayUrl, (int)r.Kind);

            // "Forbidden domain code-points": every C0 control except tab, LF and CR (removed first), and DEL.
            byte[] inside = PayloadTestKit.Ascii("http://a?b/");
            for (int c = 0; c < 0x20; c++)
            {
                if (c == 9 || c == 10 || c == 13) continue;
                inside[8] = (byte)c;
                Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(analyzer.Analyze(inside, 0, inside.Length), FindingCode.UrlUnparsable), "control " + c);
            }

            inside[8] = 0x7F;
            Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(analyzer.Analyze(inside, 0, inside.Length), FindingCode.UrlUnparsable));
        }

        [DataRow("https://evil.example\\@qr.alipay.com/x")]
        [DataRow("https://evil.example?@qr.alipay.com/x")]
        [DataRow("https://evil.example#@qr.alipay.com/x")]
        [DataRow("https://qr.alipay.com./x")]
        [DataRow("https://qr.alipay.com%2eevil.example/x")]
        [DataRow("https://qr.alipay.com:443@evil.example/x")]
        [DataRow("https://xn--qr-alipay-9za.com/x")]
        [DataRow("https://qr.alipay.c\u043em/x")]
        public void AllowListProbesAreRefused(string url)
        {
            PaymentIntent r = PayloadTestKit.Analyze(url);
            Assert.IsFalse(r.Accepted, r.Host);
            Assert.AreEqual((int)PayloadKind.UnknownUrl, (int)r.Kind);
        }

        [DataRow("https://QR.ALIPAY.COM/x")]
        [DataRow("https:\\\\qr.alipay.com\\x")]
        [DataRow("https://user@qr.alipay.com:443/x")]
        [DataRow("https://qr%2Ealipay%2Ecom/x")]
        [DataRow("  https://qr.alipay.com/x\t")]
        public void SpellingsOfTheAlipayHostAreAlipay(string url)
        {
            PaymentIntent r = PayloadTestKit.Analyze(url);
            Assert.AreEqual((int)PayloadKind.AlipayUrl, (int)r.Kind, PayloadTestKit.Describe(r));
            Assert.AreEqual("qr.alipay.com", r.Host);
            Assert.IsTrue(r.Accepted);
        }

        [TestMethod]
        public void AnIpAddressIsNeverAllowListed()
        {
            PayloadOptions options = new PayloadOptions();
            options.AllowedHosts = new[] { "127.0.0.1", "0x7f000001" };
            PayloadAnalyzer analyzer = new PayloadAnalyzer(options);
            string[] urls = { "https://127.0.0.1/pay", "https://0x7f000001/pay", "https://0177.1/pay" };
            for (int i = 0; i < urls.Length; i++)
            {
                PaymentIntent r = analyzer.Analyze(urls[i]);
                Assert.AreEqual("127.0.0.1", r.Host, urls[i]);
                Assert.IsFalse(r.Accepted, urls[i]);
                Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(r, FindingCode.UrlNotAllowed), urls[i]);
            }
        }

        [DataRow("upi://pay?pa=shop@okbank&pn=Shop", true)]
        [DataRow("UPI://PAY?pa=shop@okbank", true)]
        [DataRow("upi://x@pay?pa=shop@okbank", true)]
        [DataRow("upi://pay\\x?pa=shop@okbank", false)]
        [DataRow("upi://pay:99999999?pa=shop@okbank", false)]
        [DataRow("upi://evil.example/pay?pa=shop@okbank", false)]
        [DataRow("weixin://wxpay/bizpayurl?pr=NwY5Mz9", true)]
        [DataRow("weixin://wx pay/bizpayurl?pr=NwY5Mz9", false)]
        public void SchemeUrlsAreJudgedOnTheirParsedHost(string url, bool accepted)
        {
            PaymentIntent r = PayloadTestKit.Analyze(url);
            Assert.AreEqual(accepted, r.Accepted, PayloadTestKit.Describe(r));
            Assert.IsTrue(r.Kind == PayloadKind.Upi || r.Kind == PayloadKind.WeChatPay);
        }

        [TestMethod]
        public void TextWithoutAnAuthorityIsNotAUrl()
        {
            // Not URLs, and named for what they are (a Wi-Fi network, an e-mail) without being opened.
            Assert.AreEqual((int)PayloadKind.NotPayment, (int)PayloadTestKit.Analyze("WIFI:S:cafe;T:WPA;P:secret;;").Kind);
            Assert.AreEqual((int)PayloadKind.NotPayment, (int)PayloadTestKit.Analyze("mailto:shop@example.com").Kind);
            Assert.AreEqual((int)PayloadKind.PlainText, (int)PayloadTestKit.Analyze("menu:soup;tea").Kind);
            Assert.AreEqual((int)PayloadKind.UnknownUrl, (int)PayloadTestKit.Analyze("http:evil.example").Kind);
        }
    }
}
