namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Settings that come from the device configuration (nf.config): the payment-host allow-list and
    /// the wearer's language. The payload code never reads configuration itself.
    /// </summary>
    public sealed class PayloadOptions
    {
        /// <summary>Creates options with the device policy, English and no extra payment hosts.</summary>
        public PayloadOptions()
        {
            Policy = ValidationPolicy.Device;
            AllowedHosts = new string[0];
            Language = "en";
        }

        /// <summary>Rule book for EMVCo merchant-presented payloads.</summary>
        public ValidationPolicy Policy { get; set; }

        /// <summary>
        /// Payment hosts (lower case, e.g. "qr.tngdigital.com.my") whose HTTPS URLs are forwarded to the
        /// wallet. Matched exactly, so each subdomain is listed on its own. From nf.config
        /// <c>payment.allowed.hosts</c>.
        /// </summary>
        public string[] AllowedHosts { get; set; }

        /// <summary>ISO 639-1 code of the readback language ("en", "zh"). From nf.config <c>readback.language</c>.</summary>
        public string Language { get; set; }

        /// <summary>
        /// True to offer crypto-currency payment URIs (bitcoin:, lightning:, ethereum:) to the wallet; false (the
        /// default) refuses them with <c>crypto.refused</c>. From nf.config <c>payment.crypto.allowed</c>.
        /// </summary>
        public bool AllowCrypto { get; set; }
    }
}
