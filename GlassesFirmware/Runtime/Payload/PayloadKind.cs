
namespace GlassesFirmware.Payload
{
    /// <summary>What a decoded QR payload is, before any judgement about whether to pay it.</summary>
    public enum PayloadKind
    {
        /// <summary>No bytes at all.</summary>
        Empty = 0,
        /// <summary>EMVCo merchant-presented TLV ("0002..." ending "6304XXXX").</summary>
        EmvMerchant,
        /// <summary>EMVCo consumer-presented (base64 starting "hQVDUFY"): a payer's code, never paid.</summary>
        EmvConsumer,
        /// <summary>An Alipay URL on qr.alipay.com.</summary>
        AlipayUrl,
        /// <summary>An Alipay+ MPM code: HTTPS://domain/MPM/3/base64-TLV.</summary>
        AlipayPlusMpm,
        /// <summary>A WeChat Pay weixin:// code URL.</summary>
        WeChatPay,
        /// <summary>A UPI upi://pay? intent.</summary>
        Upi,
        /// <summary>An HTTPS URL on a host from the configured payment allow-list.</summary>
        PaymentUrl,
        /// <summary>Any other URL: never acted on.</summary>
        UnknownUrl,
        /// <summary>Readable text that is none of the above: never acted on.</summary>
        PlainText,
        /// <summary>Bytes that are not UTF-8 text.</summary>
        Binary,
        /// <summary>A wallet's payment link (PayPal, Venmo, Cash App, Monzo, Revolut, Wise, Zelle, PayMe, Paytm): built-in hosts and schemes.</summary>
        WalletUrl,
        /// <summary>A crypto-currency payment URI (BIP21 bitcoin:, BOLT11 lightning:, EIP-681 ethereum:): refused unless configured.</summary>
        CryptoUri,
        /// <summary>A code that is plainly not a payment (Wi-Fi, contact card, phone, e-mail, SMS, location): said, never opened.</summary>
        NotPayment,
        /// <summary>An EPC069-12 SEPA credit transfer code ("BCD" lines; GiroCode), versions 001 and 002.</summary>
        EpcQr,
        /// <summary>A Swiss QR-bill ("SPC" lines, version 0200).</summary>
        SwissQrBill,
        /// <summary>A Czech and Slovak Short Payment Descriptor ("SPD*1.0*...").</summary>
        Spd,
        /// <summary>A Slovak PAY by square code (base32hex of an LZMA-compressed order), forwarded undecoded.</summary>
        PayBySquare,
    }
}
