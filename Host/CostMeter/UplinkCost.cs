using System;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using GlassesFirmware.Host.Metering;

namespace GlassesFirmware.Host.CostMeter
{
    /// <summary>
    /// <c>il-cost uplink</c>: IL instructions the device interprets to encode and seal one stage-1 payment request
    /// (200-byte payload) and to open and decode the wallet's decision, on the instrumented runtime. AES-ECB and
    /// HMAC-SHA256 are native on the device (nanoFramework.System.Security.Cryptography): they run behind the
    /// crypto port here and are not counted.
    /// </summary>
    public static class UplinkCost
    {
        public static int Run()
        {
            Assembly runtime = MeteredRuntime.Shared.Runtime;
            FieldInfo count = runtime.GetType(IlInstrumenter.CounterType).GetField(IlInstrumenter.CounterField);
            Type port = runtime.GetType("GlassesFirmware.Uplink.Crypto.ICryptoPrimitives");
            object crypto = typeof(DispatchProxy).GetMethod("Create", 2, Type.EmptyTypes).MakeGenericMethod(port, typeof(NativeCrypto)).Invoke(null, null);
            Type channelType = runtime.GetType("GlassesFirmware.Uplink.Channel.UplinkChannel");
            Type countersType = runtime.GetType("GlassesFirmware.Uplink.Channel.VolatileCounters");
            Type role = runtime.GetType("GlassesFirmware.Uplink.Channel.ChannelRole");
            Type messageType = runtime.GetType("GlassesFirmware.Uplink.Messages.UplinkMessage");
            Type kind = runtime.GetType("GlassesFirmware.Uplink.Messages.MessageType");
            byte[] secret = RandomNumberGenerator.GetBytes(32), wallet = RandomNumberGenerator.GetBytes(16), device = RandomNumberGenerator.GetBytes(16);
            object channel = Activator.CreateInstance(channelType, crypto, secret, wallet, device, Enum.ToObject(role, 1), Activator.CreateInstance(countersType, 0UL, 0UL));
            object walletEnd = Activator.CreateInstance(channelType, crypto, secret, wallet, device, Enum.ToObject(role, 2), Activator.CreateInstance(countersType, 0UL, 0UL));

            object request = Activator.CreateInstance(messageType);
            messageType.GetMethod("Reset").Invoke(request, new[] { Enum.ToObject(kind, 3) });
            object payment = messageType.GetField("Payment").GetValue(request);
            payment.GetType().GetField("Stage").SetValue(payment, 1);
            payment.GetType().GetField("Payee").SetValue(payment, "Cafe Alpha");
            messageType.GetField("AmountMinor").SetValue(request, 1250L);
            messageType.GetField("CurrencyNumeric").SetValue(request, 702);
            byte[] payload = Encoding.ASCII.GetBytes(new string('0', 200));
            messageType.GetMethod("SetData").Invoke(request, new object[] { payload, 0, payload.Length });
            byte[] challenge = RandomNumberGenerator.GetBytes(16);

            // The wallet's answer: a Decision sealed by the wallet's end of the channel, opened by the glasses' end.
            object decision = Activator.CreateInstance(messageType);
            messageType.GetMethod("Reset").Invoke(decision, new[] { Enum.ToObject(kind, 5) });
            object decided = messageType.GetField("Decision").GetValue(decision);
            decided.GetType().GetField("Outcome").SetValue(decided, 1);
            decided.GetType().GetField("ResolvedPayee").SetValue(decided, "Cafe Alpha Pte Ltd");
            MethodInfo seal = channelType.GetMethod("Seal");
            MethodInfo open = channelType.GetMethod("OpenAnswer");
            object into = Activator.CreateInstance(messageType);
            long sealCost = 0;
            long openCost = 0;
            for (ulong pass = 1; pass <= 2; pass++)
            {
                // Pass 1 warms up; pass 2 is counted. Both ends count 1, 2: each answer replies to the pass's request.
                count.SetValue(null, 0L);
                seal.Invoke(channel, new object[] { request, challenge, null, null });
                sealCost = (long)count.GetValue(null);

                messageType.GetField("ReplyTo").SetValue(decision, pass);
                object[] sealArgs = { decision, null, null, null };
                seal.Invoke(walletEnd, sealArgs);
                byte[] answer = (byte[])sealArgs[3];
                count.SetValue(null, 0L);
                open.Invoke(channel, new object[] { answer, 0, answer.Length, pass, into });
                openCost = (long)count.GetValue(null);
            }

            Console.WriteLine("IL instructions per exchange on the device (AES/HMAC native, not counted):");
            Console.WriteLine($"  encode + seal + route a stage-1 payment request (200-byte payload): {sealCost,10:N0}");
            Console.WriteLine($"  open + decode + match the wallet's Decision:                        {openCost,10:N0}");
            return 0;
        }

        /// <summary>The device's native primitives behind the instrumented runtime's crypto port.</summary>
        public class NativeCrypto : DispatchProxy
        {
            protected override object Invoke(MethodInfo targetMethod, object[] args)
            {
                byte[] key = (byte[])args[0];
                byte[] data = (byte[])args[1];
                if (targetMethod.Name == "HmacSha256")
                {
                    return HMACSHA256.HashData(key, data);
                }

                using Aes aes = Aes.Create();
                aes.Key = key;
                return aes.EncryptEcb(data, PaddingMode.None);
            }
        }
    }
}
