using GlassesFirmware.Integrity;
using GlassesFirmware.Payload.Bank;
using GlassesFirmware.Payload.Readback;
using GlassesFirmware.Text;

namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Turns any decoded QR payload into a <see cref="PaymentIntent"/>: classifies it, validates
    /// EMVCo merchant-presented codes under the configured policy, reads money and payee, and composes
    /// the readback sentence. Every byte sequence yields a verdict; nothing is thrown for bad input.
    /// Keep one instance per scanning loop: it reuses its parse tables and is not thread-safe.
    /// </summary>
    public sealed class PayloadAnalyzer
    {
        private readonly EmvValidator _emv = new EmvValidator();
        private readonly UrlParser _url = new UrlParser();
        private readonly BankCodes _bank = new BankCodes();
        private readonly PayloadOptions _options;
        private readonly ReadbackLanguage _language;
        private readonly ReadbackComposer _readback = new ReadbackComposer();

        /// <summary>Creates an analyzer for the given policy, payment hosts and readback language.</summary>
        public PayloadAnalyzer(PayloadOptions options)
        {
            _options = options == null ? new PayloadOptions() : options;
            _language = ReadbackLanguages.Find(_options.Language);
        }

        /// <summary>The options in force.</summary>
        public PayloadOptions Options
        {
            get { return _options; }
        }

        /// <summary>Analyzes text as returned by a decoder (judged by its UTF-8 encoding).</summary>
        public PaymentIntent Analyze(string text)
        {
            byte[] bytes = text == null ? new byte[0] : Utf8.Encode(text);
            return Analyze(bytes, 0, bytes.Length);
        }

        /// <summary>
        /// Analyzes the raw decoded bytes in [offset, offset + count). Out-of-range arguments are
        /// clipped to the buffer. The CRC is computed over these exact bytes.
        /// </summary>
        public PaymentIntent Analyze(byte[] data, int offset, int count)
        {
            if (data == null) data = new byte[0];
            if (offset < 0) offset = 0;
            if (offset > data.Length) offset = data.Length;
            if (count < 0) count = 0;
            if (count > data.Length - offset) count = data.Length - offset;
            int end = offset + count;

            PaymentIntent r = new PaymentIntent();
            FindingList f = new FindingList(_options.Policy);
            Classify(data, offset, end, f, r);
            // The classifier sets a digest of the parsed fields when it can parse them (EMVCo, URLs); any other code is
            // keyed on its raw bytes (a parsed digest of exactly 0 is keyed so too, which is as good).
            if (r.ContentDigest == 0) r.ContentDigest = Fnv1a64.Add(Fnv1a64.Offset, data, offset, end);
            r.Findings = f.ToArray();
            r.Accepted = !f.HasErrors;
            r.Readback = _readback.Compose(r, _language);
            return r;
        }

        private void Classify(byte[] b, int s, int e, FindingList f, PaymentIntent r)
        {
            if (e == s)
            {
                r.Kind = PayloadKind.Empty;
                f.Error(FindingCode.PayloadEmpty, null, "empty payload");
                return;
            }

            if (Ascii.StartsWith(b, s, e, "hQVDUFY"))
            {
                r.Kind = PayloadKind.EmvConsumer;
                f.Error(FindingCode.PayloadConsumerPresented, null, "EMVCo consumer-presented code: shown by a payer to a merchant, not payable by the glasses");
                return;
            }

            int multibyteStart;
            int multibyteEnd;
            int invalid = Utf8.FindInvalid(b, s, e, out multibyteStart, out multibyteEnd);
            bool valid = invalid < 0;
            if (IsEmvMerchant(b, s, e))
            {
                r.Kind = PayloadKind.EmvMerchant;
                if (!valid)
                {
                    f.Error(FindingCode.PayloadUtf8Invalid, null, "EMVCo payload is not valid UTF-8 at byte " + (invalid - s));
                    return;
                }

                _emv.Validate(b, s, e, multibyteStart, multibyteEnd, _options.Language, f, r);
                return;
            }

            if (_bank.TryAnalyze(b, s, e, valid, f, r)) return;

            if (!valid)
            {
                r.Kind = PayloadKind.Binary;
                f.Error(FindingCode.PayloadUtf8Invalid, null, "payload is not UTF-8 text");
                return;
            }

            if (SwishCode.Analyze(b, s, e, f, r)) return;
            if (CryptoUri.Analyze(b, s, e, _options.AllowCrypto, f, r)) return;
            CodeContent content = NonPaymentCode.Detect(b, s, e);
            if (content != CodeContent.None)
            {
                r.Kind = PayloadKind.NotPayment;
                r.Content = content;
                f.Error(FindingCode.PayloadNotPayment, null, "a Wi-Fi, contact, message, location or calendar code, not a payment; never opened");
                return;
            }

            if (_url.Parse(b, s, e))
            {
                UrlPayload.Analyze(_url, _options.AllowedHosts, f, r);
                return;
            }

            r.Kind = PayloadKind.PlainText;
            f.Error(FindingCode.PayloadNotPayment, null, "plain text, not a payment code; never acted on");
        }

        /// <summary>
        /// "0002" first, or four digits first and a "6304" CRC object last: broken or reordered EMVCo
        /// codes still get EMVCo findings instead of being called plain text.
        /// </summary>
        private static bool IsEmvMerchant(byte[] b, int s, int e)
        {
            if (e - s < 4 || !Ascii.IsDigits(b, s, s + 4)) return false;
            if (Ascii.StartsWith(b, s, e, "0002")) return true;
            return e - s >= 12 && Ascii.StartsWith(b, e - 8, e, "6304");
        }
    }
}
