
namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Machine-readable reason attached to a <see cref="Finding"/>. The stable text form (what logs,
    /// the simulator and wallet developers see) comes from <see cref="FindingCodes.Name"/>, because
    /// enum names are not available on the device.
    /// </summary>
    public enum FindingCode
    {
        /// <summary>No finding.</summary>
        None = 0,
        /// <summary>The payload is empty.</summary>
        PayloadEmpty,
        /// <summary>The bytes are not well-formed UTF-8.</summary>
        PayloadUtf8Invalid,
        /// <summary>An EMVCo payload longer than 512 characters.</summary>
        PayloadTooLong,
        /// <summary>An EMVCo consumer-presented code: shown by a payer, not payable by the glasses.</summary>
        PayloadConsumerPresented,
        /// <summary>Plain text: never acted on.</summary>
        PayloadNotPayment,
        /// <summary>The last 8 characters are not "6304" and 4 hex digits.</summary>
        CrcMissing,
        /// <summary>The CRC in the payload differs from the computed one.</summary>
        CrcMismatch,
        /// <summary>The CRC is written in lower-case hex.</summary>
        CrcLowerCase,
        /// <summary>A TLV identifier is not two digits.</summary>
        TlvBadId,
        /// <summary>A TLV length is not two digits.</summary>
        TlvBadLength,
        /// <summary>A TLV value runs past the end of its container.</summary>
        TlvOverrun,
        /// <summary>Fewer than 4 characters left where a TLV header was expected.</summary>
        TlvTrailing,
        /// <summary>A TLV length of 00.</summary>
        TlvZeroLength,
        /// <summary>The lengths only line up when counted in UTF-8 bytes instead of characters.</summary>
        TlvByteLengths,
        /// <summary>The same identifier twice in one container.</summary>
        TlvDuplicate,
        /// <summary>More data objects than the parser's fixed capacity.</summary>
        TlvTooManyObjects,
        /// <summary>ID 00 is not the first object.</summary>
        OrderFirst,
        /// <summary>ID 63 is not the last object.</summary>
        OrderLast,
        /// <summary>Payload Format Indicator "02" (DuitNow) instead of "01".</summary>
        FormatIndicatorVersion,
        /// <summary>Payload Format Indicator other than "01"/"02".</summary>
        FormatIndicatorInvalid,
        /// <summary>Point of Initiation Method other than "11"/"12".</summary>
        InitiationInvalid,
        /// <summary>A mandatory object is missing.</summary>
        FieldMissing,
        /// <summary>A value does not have its required format (N2, N3, N4, letters...).</summary>
        FieldFormat,
        /// <summary>A value is longer than its maximum.</summary>
        FieldTooLong,
        /// <summary>A value has characters outside the EMV common character set.</summary>
        FieldCharset,
        /// <summary>An object EMVCo does not define (such as 62.00).</summary>
        FieldUndefined,
        /// <summary>An object in an ID range reserved for future use by EMVCo (65-79).</summary>
        FieldReserved,
        /// <summary>No Merchant Account Information object (02-51).</summary>
        AccountMissing,
        /// <summary>A template without its Globally Unique Identifier (sub-ID 00).</summary>
        TemplateGuidMissing,
        /// <summary>A GUID longer than 32 characters or outside the common character set.</summary>
        TemplateGuidFormat,
        /// <summary>A template with no data objects.</summary>
        TemplateEmpty,
        /// <summary>An amount (54 or 56) that is not digits with at most one decimal point, or too long.</summary>
        AmountFormat,
        /// <summary>Transaction amount zero.</summary>
        AmountZero,
        /// <summary>More decimals than the currency's ISO 4217 exponent.</summary>
        AmountPrecision,
        /// <summary>Tip or convenience indicator (55) other than 01/02/03.</summary>
        TipIndicatorInvalid,
        /// <summary>A fee object (56/57) that does not match the indicator in 55.</summary>
        FeeUnexpected,
        /// <summary>The fee object required by 55 is absent.</summary>
        FeeMissing,
        /// <summary>A fee value that is malformed, zero or out of range.</summary>
        FeeFormat,
        /// <summary>A currency code not in the ISO 4217 table.</summary>
        CurrencyUnknown,
        /// <summary>Additional Consumer Data Request (62.09) that is not a unique combination of A, M, E.</summary>
        DataRequestInvalid,
        /// <summary>A national scheme's GUID does not match the country code in 58.</summary>
        SchemeCountryMismatch,
        /// <summary>A URL whose host is not a known or allow-listed payment host.</summary>
        UrlNotAllowed,
        /// <summary>A payment URL that is not HTTPS.</summary>
        UrlInsecure,
        /// <summary>A scheme URL whose payment fields are missing or malformed.</summary>
        UrlMalformed,
        /// <summary>An Alipay+ MPM code whose base64 or TLV payload does not decode.</summary>
        AlipayPlusMalformed,
        /// <summary>A URL that a WHATWG URL parser rejects (bad port, forbidden host character, invalid IP literal, missing host).</summary>
        UrlUnparsable,
        /// <summary>A URL host that is not ASCII once percent-decoded, or has a Punycode (xn--) label: refused, never mapped.</summary>
        UrlHostInternational,
        /// <summary>A currency (53) that is not a currency of the country in 58.</summary>
        CurrencyCountryMismatch,
        /// <summary>A crypto-currency payment URI (bitcoin:, lightning:, ethereum:) while the configuration does not allow them.</summary>
        CryptoRefused,
        /// <summary>A currency the code's scheme does not pay in (UPI: INR; EPC069-12: EUR; Swiss QR-bill: CHF or EUR).</summary>
        CurrencySchemeMismatch,
        /// <summary>An IBAN that is not one: wrong length for its country, characters or check-digit form.</summary>
        IbanFormat,
        /// <summary>An IBAN whose check digits fail MOD 97-10: misread or mistyped.</summary>
        IbanChecksum,
        /// <summary>A BIC that is not 8 or 11 characters of the ISO 9362 form.</summary>
        BicFormat,
        /// <summary>A payment reference that does not have its declared form (ISO 11649, Swiss QR reference).</summary>
        ReferenceFormat,
        /// <summary>A payment reference whose check digit fails (ISO 11649 MOD 97-10, Swiss recursive modulo 10).</summary>
        ReferenceChecksum,
        /// <summary>The lines or attributes of a bank-transfer code are not laid out as its format requires.</summary>
        PayloadStructure,
        /// <summary>A recognised code whose content does not decode (PAY by square LZMA data): misread or damaged.</summary>
        PayloadNotDecoded,
    }
}
