using GlassesFirmware.Decision;
using GlassesFirmware.Text;
using GlassesFirmware.Uplink.Crypto;
using GlassesFirmware.Uplink.Messages;

namespace GlassesFirmware.Uplink.Client
{
    /// <summary>
    /// The client's copy of the payment in progress: what <see cref="IWalletClient.Submit"/> was given, the
    /// amount the wallet resolved and the wearer heard, and the confirmation. Both stages of the payment request
    /// are written from it, so every retry and the authorization repeat the same content.
    /// </summary>
    internal sealed class PaymentState
    {
        private readonly byte[] _requestId = new byte[PaymentRequest.IdLength];
        private readonly byte[] _payload = new byte[UplinkMessage.MaxPayloadLength];
        private readonly byte[] _payloadHash = new byte[UplinkMessage.HashLength];
        private readonly byte[] _readbackHash = new byte[UplinkMessage.HashLength];
        private int _payloadLength;
        private string _payee;
        private long _amount;
        private int _currency;
        private long _heardAmount;
        private int _heardCurrency;
        private int _payloadKind;
        private bool _dynamic;
        private bool _active;
        private int _method;

        /// <summary>Copies a new request (the caller reuses its instance).</summary>
        public void Take(PaymentRequest request)
        {
            System.Array.Copy(request.RequestId, _requestId, PaymentRequest.IdLength);
            System.Array.Copy(request.Payload, _payload, request.PayloadLength);
            _payloadLength = request.PayloadLength;
            byte[] hash = Sha256.Hash(_payload, 0, _payloadLength);
            System.Array.Copy(hash, _payloadHash, hash.Length);
            _payee = request.Payee;
            _amount = request.AmountMinor < 0 ? -1 : request.AmountMinor;
            _currency = request.CurrencyNumeric < 0 || request.CurrencyNumeric > 999 ? -1 : request.CurrencyNumeric;
            _heardAmount = _amount;
            _heardCurrency = _currency;
            _payloadKind = (int)request.Kind & 0xFF;
            _dynamic = request.Dynamic;
            _active = true;
        }

        /// <summary>True when <paramref name="requestId"/> is the payment held.</summary>
        public bool Matches(byte[] requestId)
        {
            return _active && FixedTime.AreEqual(_requestId, 0, requestId, 0, PaymentRequest.IdLength);
        }

        /// <summary>
        /// The amount and currency of the wallet's NeedsConfirmation: what the readback speaks. A value the wallet
        /// left out (-1) keeps the request's, as the readback does, so the authorization states what was heard.
        /// </summary>
        public void Heard(long amountMinor, int currencyNumeric)
        {
            _heardAmount = amountMinor >= 0 ? amountMinor : _amount;
            _heardCurrency = currencyNumeric >= 0 ? currencyNumeric : _currency;
        }

        /// <summary>Records the confirmation: the method and the SHA-256 of the UTF-8 readback sentence.</summary>
        public bool Authorize(ConfirmationMethod method, string readback)
        {
            // The sentence was composed as a string to be spoken; its UTF-8 bytes are what the wallet hashes too.
            byte[] utf8 = Utf8.Encode(readback);
            byte[] hash = Sha256.Hash(utf8, 0, utf8.Length);
            System.Array.Copy(hash, _readbackHash, hash.Length);
            _method = (int)method;
            return true;
        }

        /// <summary>Writes the payment request of <paramref name="stage"/> (0 resolve, 1 authorize) into <paramref name="message"/>.</summary>
        public void Write(UplinkMessage message, int stage)
        {
            message.Reset(MessageType.PaymentRequest);
            message.Payment.Stage = stage;
            message.Payment.Payee = _payee;
            message.AmountMinor = stage == 1 ? _heardAmount : _amount;
            message.CurrencyNumeric = stage == 1 ? _heardCurrency : _currency;
            System.Array.Copy(_payloadHash, message.Payment.PayloadHash, _payloadHash.Length);
            message.SetData(_payload, 0, _payloadLength);
            message.Payment.PayloadKind = _payloadKind;
            message.Payment.Dynamic = _dynamic;
            if (stage == 1)
            {
                System.Array.Copy(_readbackHash, message.Payment.ReadbackHash, _readbackHash.Length);
                message.Payment.Method = _method;
            }
        }
    }
}
