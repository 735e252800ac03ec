namespace GlassesFirmware.Tests.PayloadVectors
{
    /// <summary>
    /// One entry of ../shared/payments/emvqr-vectors.json as nanoFramework.Json fills it: the library matches a JSON
    /// key to a public field of exactly that name (it has no rename attribute), so the fields carry the file's
    /// snake_case keys. Keys without a field (scheme, source, note, warnings) are skipped.
    /// </summary>
    public sealed class SharedVector
    {
        /// <summary>The vector's id, e.g. EMV-1.</summary>
        public string id;

        /// <summary>The exact string a QR decoder returns (UTF-8 on the device).</summary>
        public string payload;

        /// <summary>CRC-16/CCITT-FALSE over the payload's UTF-8 bytes up to and including "6304", four upper-case hex digits.</summary>
        public string crc_computed;

        /// <summary>What the device policy rejects the payload for; empty when it accepts it.</summary>
        public string[] lenient_reject;

        /// <summary>What a strict EMVCo MPM validator reports as errors; empty when there are none.</summary>
        public string[] strict_errors;
    }
}
