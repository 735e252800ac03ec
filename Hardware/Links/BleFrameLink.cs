using System;
using System.Diagnostics;
using GlassesFirmware.Board;
using GlassesFirmware.Buffers;
using GlassesFirmware.Session.Loop;
using GlassesFirmware.Uplink.Links;
using nanoFramework.Device.Bluetooth;
using nanoFramework.Device.Bluetooth.GenericAttributeProfile;
using nanoFramework.Device.Bluetooth.Security;

namespace GlassesFirmware.Hardware.Links
{
    /// <summary>
    /// <see cref="IFrameLink"/> as the glasses' GATT server (docs/protocol.md 9.1, UUIDs in
    /// <see cref="GattIds"/>): the phone writes fragments to the control point, the glasses notify fragments on
    /// the status characteristic. Every payment characteristic requires an encrypted, authenticated, bonded link
    /// (numeric comparison: IO capabilities DisplayYesNo), enforced by the BLE stack through the characteristics'
    /// protection levels; a pairing request is accepted only while
    /// <see cref="PairingWindowOpen"/> (the wearer's pairing gesture). The link moves opaque fragments only:
    /// framing, sealing and retries are the uplink's. Incoming fragments wait in a fixed ring; calls never throw.
    /// A read-only diagnostics characteristic (plain, numbers only) serves <see cref="SetDiagnostics"/>.
    /// </summary>
    public sealed class BleFrameLink : IFrameLink, IPairingWindow, IDisposable
    {
        /// <summary>Diagnostics characteristic: 32 bytes of Diagnostics.HealthSnapshot, readable without pairing.</summary>
        public const string DiagnosticsUuid = "7f3a00d1-6c2b-4e8d-9a51-2b9c4e0d1a7e";

        private readonly string _deviceName;
        private readonly PayloadRing _rx = new PayloadRing(BufferSizes.BleQueueFrames, BufferSizes.BleFrameBytes);
        private readonly byte[] _diagnostics = new byte[32];
        private readonly object _lock = new object();
        private BluetoothLEServer _server;
        private GattServiceProvider _provider;
        private GattLocalCharacteristic _status;
        private bool _subscribed;

        // True once the phone has read or written a protected characteristic on the current connection. The stack
        // answers such an access itself unless the link is encrypted and authenticated, so reaching our handler
        // proves it. DevicePairing.IsAuthenticated cannot serve: it changes only on pairing events, is not cleared
        // on disconnect and says nothing about the connection in hand.
        private bool _secured;

        /// <summary>Advertises as <paramref name="deviceName"/> (nf.config ble.device.name).</summary>
        public BleFrameLink(string deviceName)
        {
            _deviceName = deviceName;
        }

        /// <summary>While true a numeric-comparison pairing request is accepted (set by the pairing gesture, cleared after).</summary>
        public bool PairingWindowOpen { get; set; }

        /// <summary>Fragments dropped because the receive ring was full, since start (diagnostics).</summary>
        public int Dropped
        {
            get { return _rx.Dropped; }
        }

        /// <inheritdoc />
        public bool IsConnected
        {
            get { return _server != null && _subscribed && _secured; }
        }

        /// <inheritdoc />
        public int MaxFragmentLength
        {
            get
            {
                try
                {
                    GattSession session = _server == null ? null : _server.Session;
                    int mtu = session == null ? 23 : session.MaxMtuSize;
                    int length = mtu - 3;
                    return length < FrameLinkLimits.MinFragmentLength ? FrameLinkLimits.MinFragmentLength
                        : (length > FrameLinkLimits.MaxFragmentLength ? FrameLinkLimits.MaxFragmentLength : length);
                }
                catch (Exception)
                {
                    return FrameLinkLimits.MinFragmentLength;
                }
            }
        }

        /// <summary>
        /// Starts the GATT server and advertising; false when the image has no BLE or the stack refused. Called
        /// again after <see cref="Stop"/> (light sleep): the server keeps its services, so they are created once.
        /// </summary>
        public bool Start()
        {
            try
            {
                if (_server == null)
                {
                    BluetoothLEServer server = BluetoothLEServer.Instance;
                    server.DeviceName = _deviceName;
                    server.Pairing.IOCapabilities = DevicePairingIOCapabilities.DisplayYesNo;
                    server.Pairing.ProtectionLevel = DevicePairingProtectionLevel.EncryptionAndAuthentication;
                    server.Pairing.AllowBonding = true;
                    server.Pairing.PairingRequested += OnPairingRequested;
                    server.Session.SessionStatusChanged += OnSessionStatusChanged;
                    _server = server;
                }

                _server.Start();
                if (_provider == null && !CreateService())
                {
                    return false;
                }

                GattServiceProviderAdvertisingParameters advertising = new GattServiceProviderAdvertisingParameters();
                advertising.IsConnectable = true;
                advertising.IsDiscoverable = true;
                _provider.StartAdvertising(advertising);
                return true;
            }
            catch (Exception e)
            {
                Debug.WriteLine("ble start failed: " + e.Message);
                return false;
            }
        }

        /// <summary>Stops advertising and the server (before light sleep: the radio must be off).</summary>
        public void Stop()
        {
            try
            {
                if (_provider != null)
                {
                    _provider.StopAdvertising();
                }

                if (_server != null)
                {
                    _server.Stop();
                }
            }
            catch (Exception e)
            {
                Debug.WriteLine("ble stop failed: " + e.Message);
            }

            _subscribed = false;
            _secured = false;
        }

        /// <summary>Forgets every bonded phone (the wearer's unpair gesture).</summary>
        public void ForgetBonds()
        {
            try
            {
                DeviceBonding.DeleteAllBonds();
            }
            catch (Exception e)
            {
                Debug.WriteLine("ble unpair failed: " + e.Message);
            }
        }

        /// <summary>Replaces the diagnostics value (32 bytes from <paramref name="offset"/>).</summary>
        public void SetDiagnostics(byte[] snapshot, int offset)
        {
            lock (_lock)
            {
                Array.Copy(snapshot, offset, _diagnostics, 0, _diagnostics.Length);
            }
        }

        /// <inheritdoc />
        public bool Send(byte[] data, int offset, int count)
        {
            if (!IsConnected || count < 1 || count > MaxFragmentLength)
            {
                return false;
            }

            try
            {
                byte[] fragment = new byte[count];
                Array.Copy(data, offset, fragment, 0, count);
                _status.NotifyValue(new Buffer(fragment));
                return true;
            }
            catch (Exception e)
            {
                Debug.WriteLine("ble notify failed: " + e.Message);
                return false;
            }
        }

        /// <inheritdoc />
        public int Receive(byte[] buffer, int offset, int capacity)
        {
            lock (_lock)
            {
                return _rx.Take(buffer, offset, capacity);
            }
        }

        /// <summary>Stops the link.</summary>
        public void Dispose()
        {
            Stop();
        }

        private static GattLocalCharacteristic Create(GattLocalService service, string uuid, GattCharacteristicProperties properties, Buffer staticValue, bool authenticated)
        {
            GattLocalCharacteristicParameters parameters = new GattLocalCharacteristicParameters();
            parameters.CharacteristicProperties = properties;
            GattProtectionLevel level = authenticated ? GattProtectionLevel.EncryptionAndAuthenticationRequired : GattProtectionLevel.Plain;
            parameters.ReadProtectionLevel = level;
            parameters.WriteProtectionLevel = level;
            if (staticValue != null)
            {
                parameters.StaticValue = staticValue;
            }

            GattLocalCharacteristicResult result = service.CreateCharacteristic(new Guid(uuid), parameters);
            if (result.Error != BluetoothError.Success)
            {
                throw new InvalidOperationException("characteristic " + uuid);
            }

            return result.Characteristic;
        }

        private bool CreateService()
        {
            GattServiceProviderResult created = GattServiceProvider.Create(new Guid(GattIds.Service));
            if (created.Error != BluetoothError.Success)
            {
                Debug.WriteLine("ble: service not created");
                return false;
            }

            GattServiceProvider provider = created.ServiceProvider;
            GattLocalService service = provider.Service;

            GattLocalCharacteristic control = Create(service, GattIds.ControlPoint, GattCharacteristicProperties.Write | GattCharacteristicProperties.WriteWithoutResponse, null, true);
            control.WriteRequested += OnControlPointWrite;

            _status = Create(service, GattIds.Status, GattCharacteristicProperties.Notify, null, true);
            _status.SubscribedClientsChanged += OnSubscribersChanged;

            GattLocalCharacteristic length = Create(service, GattIds.ControlPointLength, GattCharacteristicProperties.Read, null, true);
            length.ReadRequested += OnLengthRead;

            Create(service, GattIds.ServiceRevision, GattCharacteristicProperties.Read, new Buffer(new byte[] { GattIds.Revision }), true);

            GattLocalCharacteristic diagnostics = Create(service, DiagnosticsUuid, GattCharacteristicProperties.Read, null, false);
            diagnostics.ReadRequested += OnDiagnosticsRead;

            _provider = provider;
            return true;
        }

        private void OnPairingRequested(object sender, DevicePairingRequestedEventArgs args)
        {
            try
            {
                if (PairingWindowOpen)
                {
                    // No display: the glasses accept the number themselves (printed for the debug console) and the
                    // wearer confirms it on the phone. Inside the pairing window this cannot stop a man in the
                    // middle; the sealing keyed by the pairing QR is the security boundary (protocol.md 9.1).
                    Debug.WriteLine("ble pairing: confirm " + args.Pin.ToString() + " on the phone");
                    args.Accept();
                }
                else
                {
                    Debug.WriteLine("ble pairing refused: pairing mode is off");
                }
            }
            catch (Exception e)
            {
                Debug.WriteLine("ble pairing failed: " + e.Message);
            }
        }

        // A new connection (Active) or its end (Closed): nothing about the link's security is known yet.
        private void OnSessionStatusChanged(object sender, GattSessionStatusChangedEventArgs args)
        {
            _secured = false;
            if (args.Status == GattSessionStatus.Closed)
            {
                _subscribed = false;
            }
        }

        private void OnControlPointWrite(GattLocalCharacteristic sender, GattWriteRequestedEventArgs args)
        {
            try
            {
                // The control point is EncryptionAndAuthenticationRequired: the stack refused the write with
                // "insufficient authentication/encryption" unless the link qualifies, so no managed check here.
                _secured = true;
                GattWriteRequest request = args.GetRequest();
                Buffer value = request.Value;
                int length = (int)value.Length;
                byte[] data = null;
                if (length <= BufferSizes.BleFrameBytes)
                {
                    data = new byte[length];
                    DataReader.FromBuffer(value).ReadBytes(data);
                }

                lock (_lock)
                {
                    if (data == null)
                    {
                        _rx.PutTooLong();
                    }
                    else
                    {
                        _rx.Put(data, 0, length);
                    }
                }

                request.Respond();
            }
            catch (Exception e)
            {
                Debug.WriteLine("ble write failed: " + e.Message);
            }
        }

        private void OnSubscribersChanged(GattLocalCharacteristic sender, object args)
        {
            try
            {
                _subscribed = sender.SubscribedClients.Length > 0;
            }
            catch (Exception e)
            {
                Debug.WriteLine("ble subscribers failed: " + e.Message);
            }
        }

        private void OnLengthRead(GattLocalCharacteristic sender, GattReadRequestedEventArgs args)
        {
            try
            {
                // Protected like the control point: the phone reads it first on every connection (protocol.md 9.1).
                _secured = true;
                int length = MaxFragmentLength;
                args.GetRequest().RespondWithValue(new Buffer(new byte[] { (byte)(length >> 8), (byte)length }));
            }
            catch (Exception e)
            {
                Debug.WriteLine("ble length read failed: " + e.Message);
            }
        }

        private void OnDiagnosticsRead(GattLocalCharacteristic sender, GattReadRequestedEventArgs args)
        {
            try
            {
                byte[] copy = new byte[_diagnostics.Length];
                lock (_lock)
                {
                    Array.Copy(_diagnostics, copy, copy.Length);
                }

                args.GetRequest().RespondWithValue(new Buffer(copy));
            }
            catch (Exception e)
            {
                Debug.WriteLine("ble diagnostics read failed: " + e.Message);
            }
        }
    }
}
