// Package: nanoFramework.System.Device.Wifi 1.5.147
// Assembly: System.Device.Wifi
// References: nanoFramework.System.Threading
// Compile-only stand-in: the public members this project uses, with the upstream names and signatures of
// nanoframework/System.Device.Wifi: WifiNetworkHelper.ConnectDhcp(string, string, WifiReconnectionKind, bool,
// int, CancellationToken), Reconnect(bool, int, CancellationToken), Disconnect() (NetworkHelper/WifiNetworkHelper.cs, namespace nanoFramework.Networking);
// WifiReconnectionKind (WifiReconnectionKind.cs). Bodies throw; never shipped or run.
namespace System.Device.Wifi
{
    public enum WifiReconnectionKind
    {
        Automatic,
        Manual
    }
}

namespace nanoFramework.Networking
{
    using System.Device.Wifi;
    using System.Threading;

    public static class WifiNetworkHelper
    {
        public static bool ConnectDhcp(string ssid, string password, WifiReconnectionKind reconnectionKind = WifiReconnectionKind.Automatic, bool requiresDateTime = false, int wifiAdapterId = 0, CancellationToken token = default) => throw new System.NotImplementedException();

        public static bool Reconnect(bool requiresDateTime = false, int wifiAdapterId = 0, CancellationToken token = default) => throw new System.NotImplementedException();

        public static void Disconnect() => throw new System.NotImplementedException();
    }
}
