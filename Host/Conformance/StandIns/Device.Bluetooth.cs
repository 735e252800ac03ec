// Package: nanoFramework.Device.Bluetooth 1.1.123
// Assembly: nanoFramework.Device.Bluetooth
// Compile-only stand-in: the public members this project uses, with the upstream names and signatures of
// nanoframework/nanoFramework.Device.Bluetooth: BluetoothLEServer.Instance, DeviceName, Pairing, Session, Start(),
// Stop() (BluetoothLEServer.cs); DevicePairing.AllowBonding, IOCapabilities, ProtectionLevel, IsAuthenticated,
// PairingRequested and DevicePairingRequestedHandler (Security/DevicePairing.cs); DevicePairingRequestedEventArgs
// PairingKind, Pin, Accept() (Security/DevicePairingRequestedEventArgs.cs); DevicePairingIOCapabilities,
// DevicePairingProtectionLevel, DevicePairingKinds (Security/*.cs); DeviceBonding.DeleteAllBonds()
// (Security/DeviceBonding.cs, namespace ...Security); Buffer(byte[]), Length (IO/Buffer.cs); DataReader.FromBuffer,
// ReadBytes (IO/DataReader.cs); BluetoothError.Success; GattServiceProvider.Create(Guid), Service,
// StartAdvertising(GattServiceProviderAdvertisingParameters), StopAdvertising(); GattServiceProviderResult
// Error, ServiceProvider; GattServiceProviderAdvertisingParameters IsDiscoverable, IsConnectable;
// GattLocalService.CreateCharacteristic(Guid, GattLocalCharacteristicParameters); GattLocalCharacteristicResult
// Characteristic, Error; GattLocalCharacteristicParameters CharacteristicProperties, ReadProtectionLevel,
// WriteProtectionLevel, StaticValue, UserDescription; GattLocalCharacteristic NotifyValue(Buffer),
// SubscribedClients, ReadRequested, WriteRequested, SubscribedClientsChanged and their nested delegates;
// GattSubscribedClient; GattClientNotificationResult; GattReadRequestedEventArgs.GetRequest(),
// GattReadRequest.RespondWithValue(Buffer); GattWriteRequestedEventArgs.GetRequest(), GattWriteRequest Value,
// Respond(), RespondWithProtocolError(byte); GattSession.MaxMtuSize, SessionStatusChanged and its nested
// GattSessionStatusChangedEventHandler; GattSessionStatusChangedEventArgs Status, Error; GattSessionStatus;
// GattCharacteristicProperties; GattProtectionLevel (GenericAttributeProfile/*.cs). Bodies throw; never shipped or run.
namespace nanoFramework.Device.Bluetooth
{
    using System;
    using nanoFramework.Device.Bluetooth.GenericAttributeProfile;

    public class BluetoothLEServer
    {
        private BluetoothLEServer() => throw new NotImplementedException();

        public static BluetoothLEServer Instance => throw new NotImplementedException();

        public string DeviceName
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public DevicePairing Pairing => throw new NotImplementedException();

        public GattSession Session => throw new NotImplementedException();

        public void Start() => throw new NotImplementedException();

        public void Stop() => throw new NotImplementedException();
    }

    public sealed class DevicePairing
    {
        private DevicePairing() => throw new NotImplementedException();

        public delegate void DevicePairingRequestedHandler(Object sender, DevicePairingRequestedEventArgs args);

        public event DevicePairingRequestedHandler PairingRequested
        {
            add => throw new NotImplementedException();
            remove => throw new NotImplementedException();
        }

        public bool AllowBonding
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public DevicePairingProtectionLevel ProtectionLevel
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public DevicePairingIOCapabilities IOCapabilities
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public bool IsAuthenticated => throw new NotImplementedException();
    }

    public class DevicePairingRequestedEventArgs
    {
        private DevicePairingRequestedEventArgs() => throw new NotImplementedException();

        public DevicePairingKinds PairingKind => throw new NotImplementedException();

        public uint Pin => throw new NotImplementedException();

        public void Accept() => throw new NotImplementedException();
    }

    public enum DevicePairingIOCapabilities
    {
        DisplayOnly = 0,
        DisplayYesNo = 1,
        KeyboardOnly = 2,
        NoInputNoOutput = 3,
        KeyboardDisplay = 4
    }

    public enum DevicePairingProtectionLevel
    {
        Default = 0,
        None = 1,
        Encryption = 2,
        EncryptionAndAuthentication = 3
    }

    [Flags]
    public enum DevicePairingKinds
    {
        None = 0,
        ConfirmOnly = 1,
        DisplayPin = 2,
        ProvidePin = 4,
        ConfirmPinMatch = 8
    }

    public enum BluetoothError
    {
        Success = 0,
    }

    public class Buffer
    {
        public Buffer(byte[] array) => throw new NotImplementedException();

        public uint Length => throw new NotImplementedException();
    }

    public sealed class DataReader
    {
        private DataReader() => throw new NotImplementedException();

        public static DataReader FromBuffer(Buffer buffer) => throw new NotImplementedException();

        public void ReadBytes(byte[] value) => throw new NotImplementedException();
    }
}

namespace nanoFramework.Device.Bluetooth.Security
{
    public static class DeviceBonding
    {
        public static void DeleteAllBonds() => throw new System.NotImplementedException();
    }
}

namespace nanoFramework.Device.Bluetooth.GenericAttributeProfile
{
    using System;

    public sealed class GattServiceProvider
    {
        private GattServiceProvider() => throw new NotImplementedException();

        public static GattServiceProviderResult Create(Guid serviceUuid) => throw new NotImplementedException();

        public GattLocalService Service => throw new NotImplementedException();

        public void StartAdvertising(GattServiceProviderAdvertisingParameters parameters) => throw new NotImplementedException();

        public void StopAdvertising() => throw new NotImplementedException();
    }

    public sealed class GattServiceProviderResult
    {
        private GattServiceProviderResult() => throw new NotImplementedException();

        public BluetoothError Error => throw new NotImplementedException();

        public GattServiceProvider ServiceProvider => throw new NotImplementedException();
    }

    public sealed class GattServiceProviderAdvertisingParameters
    {
        public GattServiceProviderAdvertisingParameters() => throw new NotImplementedException();

        public bool IsDiscoverable
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public bool IsConnectable
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }
    }

    public sealed class GattLocalService
    {
        private GattLocalService() => throw new NotImplementedException();

        public GattLocalCharacteristicResult CreateCharacteristic(Guid characteristicUuid, GattLocalCharacteristicParameters parameters) => throw new NotImplementedException();
    }

    public sealed class GattLocalCharacteristicResult
    {
        private GattLocalCharacteristicResult() => throw new NotImplementedException();

        public GattLocalCharacteristic Characteristic => throw new NotImplementedException();

        public BluetoothError Error => throw new NotImplementedException();
    }

    public sealed class GattLocalCharacteristicParameters
    {
        public GattLocalCharacteristicParameters() => throw new NotImplementedException();

        public GattCharacteristicProperties CharacteristicProperties
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public GattProtectionLevel ReadProtectionLevel
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public GattProtectionLevel WriteProtectionLevel
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public Buffer StaticValue
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public string UserDescription
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }
    }

    public sealed class GattLocalCharacteristic
    {
        private GattLocalCharacteristic() => throw new NotImplementedException();

        public delegate void GattLocalCharacteristicReadEventHandler(GattLocalCharacteristic sender, GattReadRequestedEventArgs readRequestEventArgs);

        public delegate void GattLocalCharacteristicWriteEventHandler(GattLocalCharacteristic sender, GattWriteRequestedEventArgs writeRequestEventArgs);

        public delegate void GattLocalCharacteristicClientsChangedEventHandler(GattLocalCharacteristic sender, object args);

        public GattClientNotificationResult[] NotifyValue(Buffer value) => throw new NotImplementedException();

        public GattSubscribedClient[] SubscribedClients => throw new NotImplementedException();

        public event GattLocalCharacteristicReadEventHandler ReadRequested
        {
            add => throw new NotImplementedException();
            remove => throw new NotImplementedException();
        }

        public event GattLocalCharacteristicWriteEventHandler WriteRequested
        {
            add => throw new NotImplementedException();
            remove => throw new NotImplementedException();
        }

        public event GattLocalCharacteristicClientsChangedEventHandler SubscribedClientsChanged
        {
            add => throw new NotImplementedException();
            remove => throw new NotImplementedException();
        }
    }

    public class GattSubscribedClient
    {
        private GattSubscribedClient() => throw new NotImplementedException();
    }

    public class GattClientNotificationResult
    {
        private GattClientNotificationResult() => throw new NotImplementedException();
    }

    public sealed class GattReadRequestedEventArgs
    {
        private GattReadRequestedEventArgs() => throw new NotImplementedException();

        public GattReadRequest GetRequest() => throw new NotImplementedException();
    }

    public sealed class GattReadRequest
    {
        private GattReadRequest() => throw new NotImplementedException();

        public void RespondWithValue(Buffer value) => throw new NotImplementedException();
    }

    public sealed class GattWriteRequestedEventArgs
    {
        private GattWriteRequestedEventArgs() => throw new NotImplementedException();

        public GattWriteRequest GetRequest() => throw new NotImplementedException();
    }

    public sealed class GattWriteRequest
    {
        private GattWriteRequest() => throw new NotImplementedException();

        public Buffer Value => throw new NotImplementedException();

        public void Respond() => throw new NotImplementedException();

        public void RespondWithProtocolError(byte protocolError) => throw new NotImplementedException();
    }

    public class GattSession
    {
        private GattSession() => throw new NotImplementedException();

        public delegate void GattSessionStatusChangedEventHandler(Object sender, GattSessionStatusChangedEventArgs args);

        public event GattSessionStatusChangedEventHandler SessionStatusChanged
        {
            add => throw new NotImplementedException();
            remove => throw new NotImplementedException();
        }

        public ushort MaxMtuSize => throw new NotImplementedException();
    }

    public class GattSessionStatusChangedEventArgs
    {
        private GattSessionStatusChangedEventArgs() => throw new NotImplementedException();

        public GattSessionStatus Status => throw new NotImplementedException();

        public BluetoothError Error => throw new NotImplementedException();
    }

    public enum GattSessionStatus
    {
        Closed = 0,
        Active = 1
    }

    [Flags]
    public enum GattCharacteristicProperties : uint
    {
        None = 0,
        Broadcast = 1,
        Read = 2,
        WriteWithoutResponse = 4,
        Write = 8,
        Notify = 16,
        Indicate = 32,
        AuthenticatedSignedWrites = 64,
        ExtendedProperties = 128,
        ReliableWrites = 256,
        WritableAuxiliaries = 512
    }

    public enum GattProtectionLevel
    {
        Plain = 0,
        AuthenticationRequired = 1,
        EncryptionRequired = 2,
        EncryptionAndAuthenticationRequired = 3
    }
}
