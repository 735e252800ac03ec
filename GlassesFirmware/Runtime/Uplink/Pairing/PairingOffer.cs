using GlassesFirmware.Uplink.Cbor;

namespace GlassesFirmware.Uplink.Pairing
{
    /// <summary>
    /// The wallet's pairing QR (docs/protocol.md 7.1): <c>GFW1:</c> then base64url (no padding) of the
    /// deterministic CBOR map {0: 1, 1: secret (32 bytes), 2: wallet id (1-32 bytes), 3: HTTPS endpoint,
    /// 4: frame-link endpoint, 5: SHA-256 of the wallet's TLS certificate (DER), 6: expiry (Unix seconds)}.
    /// About 190 characters: a version 8-10 QR in byte mode, within the glasses' own decoder.
    /// </summary>
    public sealed class PairingOffer
    {
        /// <summary>Text prefix; the digit is the offer format version.</summary>
        public const string Prefix = "GFW1:";

        /// <summary>Longest wallet id in an offer.</summary>
        public const int MaxWalletIdLength = 32;

        /// <summary>Longest endpoint text.</summary>
        public const int MaxEndpointLength = 200;

        /// <summary>The one-time 256-bit pairing secret.</summary>
        public readonly byte[] Secret = new byte[32];

        /// <summary>Key 2: the wallet's identifier.</summary>
        public byte[] WalletId;

        /// <summary>Key 3: base URL of the HTTPS binding, e.g. <c>https://127.0.0.1:7443/</c>.</summary>
        public string HttpsEndpoint;

        /// <summary>Key 4: where the frame link reaches the wallet: <c>ble</c> (the phone connects) or <c>tcp://host:port</c>.</summary>
        public string FrameEndpoint;

        /// <summary>Key 5: SHA-256 of the DER certificate the HTTPS endpoint presents (the only TLS anchor).</summary>
        public readonly byte[] AnchorFingerprint = new byte[32];

        /// <summary>Key 6: the wallet refuses the offer after this time (Unix seconds).</summary>
        public long ExpiresUnixSeconds;

        /// <summary>The QR text of this offer.</summary>
        public string ToText()
        {
            byte[] buffer = new byte[64 + MaxWalletIdLength + 3 * MaxEndpointLength * 2];
            CborWriter writer = new CborWriter(buffer, 0, buffer.Length, 2);
            writer.WriteStartMap(7);
            writer.WriteUInt64(0);
            writer.WriteUInt64(1);
            CborFields.Bytes(writer, 1, Secret);
            CborFields.Bytes(writer, 2, WalletId);
            CborFields.Text(writer, 3, HttpsEndpoint);
            CborFields.Text(writer, 4, FrameEndpoint);
            CborFields.Bytes(writer, 5, AnchorFingerprint);
            writer.WriteUInt64(6);
            writer.WriteUInt64((ulong)ExpiresUnixSeconds);
            if (!writer.IsComplete)
            {
                throw new System.ArgumentException("offer fields out of range");
            }

            return Prefix + Base64Url.Encode(buffer, 0, writer.Length);
        }

        /// <summary>
        /// Reads an offer from the scanned QR bytes. Every field is required and checked; on failure
        /// <paramref name="into"/> is left with no secret.
        /// </summary>
        public static PairingStatus Parse(byte[] text, int offset, int count, PairingOffer into)
        {
            PairingStatus status = ParseInto(text, offset, count, into);
            if (status != PairingStatus.Ok)
            {
                into.Wipe();
            }

            return status;
        }

        /// <summary>Zeroes the secret and forgets every field.</summary>
        public void Wipe()
        {
            System.Array.Clear(Secret, 0, Secret.Length);
            System.Array.Clear(AnchorFingerprint, 0, AnchorFingerprint.Length);
            WalletId = null;
            HttpsEndpoint = null;
            FrameEndpoint = null;
            ExpiresUnixSeconds = 0;
        }

        private static PairingStatus ParseInto(byte[] text, int offset, int count, PairingOffer into)
        {
            if (text == null || offset < 0 || count < Prefix.Length || offset > text.Length - count)
            {
                return PairingStatus.NotAnOffer;
            }

            for (int i = 0; i < Prefix.Length; i++)
            {
                if (text[offset + i] != Prefix[i])
                {
                    return PairingStatus.NotAnOffer;
                }
            }

            byte[] cbor = Base64Url.Decode(text, offset + Prefix.Length, count - Prefix.Length);
            if (cbor == null)
            {
                return PairingStatus.BadEncoding;
            }

            CborReader reader = new CborReader(cbor, 0, cbor.Length, 2);
            int pairs;
            ulong key;
            ulong version;
            if (!reader.ReadMapStart(out pairs) || pairs != 7 || !reader.ReadUInt64(out key) || key != 0 || !reader.ReadUInt64(out version))
            {
                return PairingStatus.Malformed;
            }

            if (version != 1)
            {
                return PairingStatus.UnsupportedVersion;
            }

            int start;
            int length;
            ulong expiry;
            if (!CborFields.ReadBytes(reader, 1, out start, out length) || length != 32)
            {
                return PairingStatus.Malformed;
            }

            System.Array.Copy(cbor, start, into.Secret, 0, 32);
            if (!CborFields.ReadBytes(reader, 2, out start, out length) || length < 1 || length > MaxWalletIdLength)
            {
                return PairingStatus.Malformed;
            }

            into.WalletId = new byte[length];
            System.Array.Copy(cbor, start, into.WalletId, 0, length);
            if (!CborFields.ReadText(reader, 3, MaxEndpointLength, out into.HttpsEndpoint) || !CborFields.ReadText(reader, 4, MaxEndpointLength, out into.FrameEndpoint)
                || !CborFields.ReadBytes(reader, 5, out start, out length) || length != 32)
            {
                return PairingStatus.Malformed;
            }

            System.Array.Copy(cbor, start, into.AnchorFingerprint, 0, 32);
            if (!reader.ReadUInt64(out key) || key != 6 || !reader.ReadUInt64(out expiry) || expiry > long.MaxValue || !reader.Finish())
            {
                return PairingStatus.Malformed;
            }

            into.ExpiresUnixSeconds = (long)expiry;
            System.Array.Clear(cbor, 0, cbor.Length);
            return PairingStatus.Ok;
        }
    }
}
