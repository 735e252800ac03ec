using GlassesFirmware.Text;

namespace GlassesFirmware.Payload
{
    /// <summary>Stable text names of <see cref="FindingCode"/> values.</summary>
    public static class FindingCodes
    {
        // Indexed by the enum value; keep in the enum's order.
        private static readonly string[] Names =
        {
            "none",
            "payload.empty",
            "payload.utf8Invalid",
            "payload.tooLong",
            "payload.consumerPresented",
            "payload.notPayment",
            "crc.missing",
            "crc.mismatch",
            "crc.lowerCase",
            "tlv.badId",
            "tlv.badLength",
            "tlv.overrun",
            "tlv.trailing",
            "tlv.zeroLength",
            "tlv.byteLengths",
            "tlv.duplicate",
            "tlv.tooManyObjects",
            "order.first",
            "order.last",
            "formatIndicator.version",
            "formatIndicator.invalid",
            "initiation.invalid",
            "field.missing",
            "field.format",
            "field.tooLong",
            "field.charset",
            "field.undefined",
            "field.reserved",
            "account.missing",
            "template.guidMissing",
            "template.guidFormat",
            "template.empty",
            "amount.format",
            "amount.zero",
            "amount.precision",
            "tip.indicatorInvalid",
            "fee.unexpected",
            "fee.missing",
            "fee.format",
            "currency.unknown",
            "dataRequest.invalid",
            "scheme.countryMismatch",
            "url.notAllowed",
            "url.insecure",
            "url.malformed",
            "alipayPlus.malformed",
            "url.unparsable",
            "url.hostInternational",
            "currency.countryMismatch",
            "crypto.refused",
            "currency.schemeMismatch",
            "iban.format",
            "iban.checksum",
            "bic.format",
            "reference.format",
            "reference.checksum",
            "payload.structure",
            "payload.notDecoded",
        };

        /// <summary>The stable text name, such as "crc.mismatch", or the code's number when it has none.</summary>
        public static string Name(FindingCode code)
        {
            return EnumNames.Of(Names, (int)code);
        }

        /// <summary>Number of defined codes (for tests that walk the table).</summary>
        public static int Count
        {
            get { return Names.Length; }
        }
    }
}
