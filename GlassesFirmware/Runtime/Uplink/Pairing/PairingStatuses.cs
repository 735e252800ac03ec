using GlassesFirmware.Text;

namespace GlassesFirmware.Uplink.Pairing
{
    /// <summary>Stable names of <see cref="PairingStatus"/>.</summary>
    public static class PairingStatuses
    {
        private static readonly string[] Names =
        {
            "Ok", "NotAnOffer", "BadEncoding", "Malformed", "UnsupportedVersion", "BadProof", "WrongState", "Refused", "StoreFailed", "AnchorMismatch", "Unreachable",
        };

        /// <summary>Name of <paramref name="status"/>.</summary>
        public static string Name(PairingStatus status)
        {
            return EnumNames.Of(Names, (int)status);
        }
    }
}
