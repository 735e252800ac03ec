using GlassesFirmware.Storage;
using GlassesFirmware.Uplink.Cbor;

namespace GlassesFirmware.Uplink.Pairing
{
    /// <summary>
    /// What the glasses keep of a pairing (record <see cref="RecordName"/>): the secret the keys derive from,
    /// both identities, the endpoints and the wallet's TLS anchor (fingerprint and, once received, the DER
    /// certificate the HTTPS adapter trusts). Deterministic CBOR {0: 1, 1: secret, 2: wallet id, 3: device id,
    /// 4: HTTPS endpoint, 5: frame endpoint, 6: anchor fingerprint, 7: anchor certificate}.
    /// </summary>
    public sealed class PairingRecord
    {
        /// <summary>Record name in <see cref="IRecordStore"/>.</summary>
        public const string RecordName = "uplink.pair";

        /// <summary>Length of the device id the glasses choose at pairing.</summary>
        public const int DeviceIdLength = 16;

        /// <summary>The 32-byte pairing secret.</summary>
        public readonly byte[] Secret = new byte[32];

        /// <summary>The wallet's id (from the offer).</summary>
        public byte[] WalletId;

        /// <summary>The glasses' random id for this pairing (routing prefix of every message).</summary>
        public readonly byte[] DeviceId = new byte[DeviceIdLength];

        /// <summary>HTTPS base URL.</summary>
        public string HttpsEndpoint;

        /// <summary>Frame-link endpoint (<c>ble</c> or <c>tcp://host:port</c>).</summary>
        public string FrameEndpoint;

        /// <summary>SHA-256 of the anchor certificate.</summary>
        public readonly byte[] AnchorFingerprint = new byte[32];

        /// <summary>The anchor certificate (DER) the wallet sent in PairDone, checked against the fingerprint.</summary>
        public byte[] AnchorCertificate = new byte[0];

        /// <summary>Writes the record; false when the store refused it.</summary>
        public bool Save(IRecordStore store)
        {
            byte[] buffer = new byte[RecordLimits.MaxLength];
            CborWriter writer = new CborWriter(buffer, 0, buffer.Length, 2);
            writer.WriteStartMap(8);
            writer.WriteUInt64(0);
            writer.WriteUInt64(1);
            CborFields.Bytes(writer, 1, Secret);
            CborFields.Bytes(writer, 2, WalletId);
            CborFields.Bytes(writer, 3, DeviceId);
            CborFields.Text(writer, 4, HttpsEndpoint);
            CborFields.Text(writer, 5, FrameEndpoint);
            CborFields.Bytes(writer, 6, AnchorFingerprint);
            CborFields.Bytes(writer, 7, AnchorCertificate);
            bool saved = writer.IsComplete && store.Write(RecordName, buffer, 0, writer.Length);
            System.Array.Clear(buffer, 0, buffer.Length);
            return saved;
        }

        /// <summary>
        /// Reads the stored pairing into <paramref name="into"/>: Ok, Refused when there is none, Malformed when it
        /// is unreadable.
        /// </summary>
        public static PairingStatus Load(IRecordStore store, PairingRecord into)
        {
            byte[] buffer = new byte[RecordLimits.MaxLength];
            int length = store.Read(RecordName, buffer, 0, buffer.Length);
            if (length == RecordLimits.Missing)
            {
                return PairingStatus.Refused;
            }

            PairingStatus status = length < 0 ? PairingStatus.Malformed : Parse(buffer, length, into);
            System.Array.Clear(buffer, 0, buffer.Length);
            return status;
        }

        /// <summary>Zeroes the secret held in RAM.</summary>
        public void Wipe()
        {
            System.Array.Clear(Secret, 0, Secret.Length);
            System.Array.Clear(DeviceId, 0, DeviceId.Length);
            WalletId = null;
        }

        private static PairingStatus Parse(byte[] buffer, int length, PairingRecord into)
        {
            CborReader reader = new CborReader(buffer, 0, length, 2);
            int pairs;
            ulong key;
            ulong version;
            int start;
            int count;
            if (!reader.ReadMapStart(out pairs) || pairs != 8 || !reader.ReadUInt64(out key) || key != 0 || !reader.ReadUInt64(out version) || version != 1)
            {
                return PairingStatus.Malformed;
            }

            if (!CborFields.ReadBytes(reader, 1, out start, out count) || count != 32)
            {
                return PairingStatus.Malformed;
            }

            System.Array.Copy(buffer, start, into.Secret, 0, 32);
            if (!CborFields.ReadBytes(reader, 2, out start, out count) || count < 1 || count > PairingOffer.MaxWalletIdLength)
            {
                return PairingStatus.Malformed;
            }

            into.WalletId = new byte[count];
            System.Array.Copy(buffer, start, into.WalletId, 0, count);
            if (!CborFields.ReadBytes(reader, 3, out start, out count) || count != DeviceIdLength)
            {
                return PairingStatus.Malformed;
            }

            System.Array.Copy(buffer, start, into.DeviceId, 0, count);
            if (!CborFields.ReadText(reader, 4, PairingOffer.MaxEndpointLength, out into.HttpsEndpoint)
                || !CborFields.ReadText(reader, 5, PairingOffer.MaxEndpointLength, out into.FrameEndpoint))
            {
                return PairingStatus.Malformed;
            }

            if (!CborFields.ReadBytes(reader, 6, out start, out count) || count != 32)
            {
                return PairingStatus.Malformed;
            }

            System.Array.Copy(buffer, start, into.AnchorFingerprint, 0, 32);
            if (!CborFields.ReadBytes(reader, 7, out start, out count) || !reader.Finish())
            {
                return PairingStatus.Malformed;
            }

            into.AnchorCertificate = new byte[count];
            System.Array.Copy(buffer, start, into.AnchorCertificate, 0, count);
            return PairingStatus.Ok;
        }
    }
}
