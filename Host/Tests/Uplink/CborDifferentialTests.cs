using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using GlassesFirmware.Uplink.Cbor;
using Xunit;
using Sfc = System.Formats.Cbor;

namespace GlassesFirmware.Host.Tests.Uplink
{
    /// <summary>
    /// The runtime's CBOR against System.Formats.Cbor in Ctap2Canonical mode, which for integer map keys is
    /// RFC 8949 core deterministic encoding (major type, then length, then bytes = bytewise order). Random
    /// structures must encode byte for byte alike; mutated and random inputs that System.Formats.Cbor refuses
    /// must be refused by the runtime too, and whatever the runtime accepts must re-encode to the same bytes.
    /// </summary>
    public class CborDifferentialTests
    {
        private const int Seed = 20261126;
        private const Sfc.CborConformanceMode Mode = Sfc.CborConformanceMode.Ctap2Canonical;

        [Fact]
        public void RandomStructuresEncodeIdenticallyAndReadBack()
        {
            var random = new Random(Seed);
            for (int i = 0; i < 3000; i++)
            {
                Node node = Node.Random(random, random.Next(0, 6));
                byte[] ours = EncodeOurs(node);
                byte[] theirs = EncodeTheirs(node);
                Assert.Equal(Convert.ToHexString(theirs), Convert.ToHexString(ours));

                var reader = new CborReader(ours, 0, ours.Length);
                Node back = ReadOurs(reader, ours);
                Assert.True(reader.Finish(), CborErrors.Name(reader.Error));
                Assert.Equal(node.ToString(), back.ToString());
                Assert.Equal(node.ToString(), ReadTheirs(ours).ToString());
            }
        }

        [Fact]
        public void WhatSystemFormatsCborRefusesTheRuntimeRefusesToo()
        {
            var random = new Random(Seed + 1);
            var refusedByBoth = new SortedDictionary<string, int>();
            int acceptedByBoth = 0;
            for (int i = 0; i < 20000; i++)
            {
                byte[] input = i % 10 == 0 ? RandomBytes(random) : Mutate(random, EncodeOurs(Node.Random(random, random.Next(0, 4))));
                Node theirs = TryReadTheirs(input);
                var reader = new CborReader(input, 0, input.Length);
                bool oursAccepted = reader.SkipValue() && reader.Finish();
                string hex = Convert.ToHexString(input);

                if (theirs == null)
                {
                    Assert.False(oursAccepted, "System.Formats.Cbor refuses, the runtime accepts: " + hex);
                    string name = CborErrors.Name(reader.Error);
                    refusedByBoth[name] = refusedByBoth.GetValueOrDefault(name) + 1;
                }
                else if (oursAccepted)
                {
                    acceptedByBoth++;
                    Assert.Equal(hex, Convert.ToHexString(EncodeTheirs(theirs)));
                }
                else
                {
                    // Well-formed canonical CBOR outside the protocol's subset, or deeper than the limit.
                    Assert.True(
                        reader.Error == CborError.UnsupportedType || reader.Error == CborError.MapKeyNotInteger || reader.Error == CborError.NestingTooDeep,
                        "System.Formats.Cbor accepts, the runtime refuses with " + CborErrors.Name(reader.Error) + ": " + hex);
                }
            }

            // The mutations must exercise both sides, or the test proves nothing.
            Assert.True(acceptedByBoth > 1000, "accepted by both: " + acceptedByBoth);
            foreach (string error in new[] { "Truncated", "NonCanonical", "TrailingBytes", "LengthBeyondBuffer", "InvalidUtf8", "MapKeysNotSorted", "DuplicateMapKey", "IndefiniteLength" })
            {
                Assert.True(refusedByBoth.ContainsKey(error), "no mutation was refused as " + error + "; seen: " + string.Join(", ", refusedByBoth));
            }
        }

        [Fact]
        public void Rfc7049CanonicalOrdersIntegerKeysLengthFirstSoItIsNotTheReference()
        {
            // {24: 0, -1: 0}: RFC 8949 bytewise order puts 0x1818 before 0x20; RFC 7049 "Canonical" puts the
            // shorter -1 first. The runtime follows RFC 8949 and refuses the RFC 7049 form.
            var canonical = new Sfc.CborWriter(Sfc.CborConformanceMode.Canonical);
            canonical.WriteStartMap(2);
            canonical.WriteUInt64(24);
            canonical.WriteUInt64(0);
            canonical.WriteInt64(-1);
            canonical.WriteUInt64(0);
            canonical.WriteEndMap();
            byte[] rfc7049 = canonical.Encode();
            Assert.Equal("A22000181800", Convert.ToHexString(rfc7049));

            var reader = new CborReader(rfc7049, 0, rfc7049.Length);
            Assert.False(reader.SkipValue());
            Assert.Equal(CborError.MapKeysNotSorted, reader.Error);

            Node map = Node.Map(new[] { (Node.Int(24), Node.Int(0)), (Node.Int(-1), Node.Int(0)) });
            Assert.Equal("A21818002000", Convert.ToHexString(EncodeOurs(map)));
            Assert.Equal(Convert.ToHexString(EncodeTheirs(map)), Convert.ToHexString(EncodeOurs(map)));
        }

        private static byte[] RandomBytes(Random random)
        {
            var bytes = new byte[random.Next(0, 12)];
            random.NextBytes(bytes);
            return bytes;
        }

        private static byte[] Mutate(Random random, byte[] valid)
        {
            var bytes = new List<byte>(valid);
            int edits = random.Next(1, 3);
            for (int e = 0; e < edits; e++)
            {
                int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
                switch (random.Next(8))
                {
                    case 0 when bytes.Count > 0:
                        bytes[at] ^= (byte)(1 << random.Next(8));
                        break;
                    case 1 when bytes.Count > 0:
                        bytes[at] = InterestingByte(random);
                        break;
                    case 2:
                        bytes.Insert(at, InterestingByte(random));
                        break;
                    case 3 when bytes.Count > 0:
                        bytes.RemoveAt(at);
                        break;
                    case 4:
                        bytes.RemoveRange(at, bytes.Count - at);
                        break;
                    case 5:
                        bytes.Add(InterestingByte(random));
                        break;
                    case 6 when bytes.Count > 0:
                        bytes[at] = bytes[random.Next(bytes.Count)]; // copies a head: duplicate keys, repeated lengths
                        break;
                    default:
                        if (bytes.Count > 1)
                        {
                            int other = random.Next(bytes.Count);
                            (bytes[at], bytes[other]) = (bytes[other], bytes[at]);
                        }

                        break;
                }
            }

            return bytes.ToArray();
        }

        // Heads that matter: every additional-information value of every major type, plus UTF-8 lead bytes.
        private static byte InterestingByte(Random random)
        {
            return random.Next(3) switch
            {
                0 => (byte)((random.Next(8) << 5) | (24 + random.Next(8))),
                1 => new byte[] { 0x00, 0x17, 0x20, 0x80, 0xA0, 0xC0, 0xE0, 0xED, 0xF0, 0xF4, 0xF6, 0xFF }[random.Next(12)],
                _ => (byte)random.Next(256),
            };
        }

        private static byte[] EncodeOurs(Node node)
        {
            var buffer = new byte[4096];
            var writer = new CborWriter(buffer);
            node.WriteTo(writer);
            Assert.True(writer.IsComplete, CborErrors.Name(writer.Error));
            return buffer.AsSpan(0, writer.Length).ToArray();
        }

        private static byte[] EncodeTheirs(Node node)
        {
            var writer = new Sfc.CborWriter(Mode);
            node.WriteTo(writer);
            return writer.Encode();
        }

        private static Node ReadOurs(CborReader reader, byte[] buffer)
        {
            Assert.True(reader.PeekType(out CborType type), CborErrors.Name(reader.Error));
            switch (type)
            {
                case CborType.UnsignedInteger:
                case CborType.NegativeInteger:
                    Assert.True(reader.ReadInteger(out bool negative, out ulong argument));
                    return new Node { Kind = Kind.Integer, Negative = negative, Argument = argument };
                case CborType.ByteString:
                    Assert.True(reader.ReadByteString(out int start, out int length));
                    return Node.Bytes(buffer.AsSpan(start, length).ToArray());
                case CborType.TextString:
                    Assert.True(reader.ReadTextString(out string text));
                    return Node.Text(text);
                case CborType.Array:
                    Assert.True(reader.ReadArrayStart(out int count));
                    return Node.Array(Enumerable.Range(0, count).Select(_ => ReadOurs(reader, buffer)).ToArray());
                case CborType.Map:
                    Assert.True(reader.ReadMapStart(out int pairs));
                    return Node.Map(Enumerable.Range(0, pairs).Select(_ => (ReadOurs(reader, buffer), ReadOurs(reader, buffer))).ToArray());
                case CborType.Boolean:
                    Assert.True(reader.ReadBoolean(out bool flag));
                    return Node.Bool(flag);
                default:
                    Assert.True(reader.ReadNull());
                    return Node.Null();
            }
        }

        private static Node ReadTheirs(byte[] data)
        {
            var reader = new Sfc.CborReader(data, Mode);
            Node node = ReadTheirs(reader);
            if (reader.BytesRemaining != 0)
            {
                throw new Sfc.CborContentException("trailing bytes");
            }

            return node;
        }

        private static Node TryReadTheirs(byte[] data)
        {
            try
            {
                return ReadTheirs(data);
            }
            catch (Exception e) when (e is Sfc.CborContentException || e is InvalidOperationException || e is FormatException || e is OverflowException)
            {
                return null;
            }
        }

        private static Node ReadTheirs(Sfc.CborReader reader)
        {
            switch (reader.PeekState())
            {
                case Sfc.CborReaderState.UnsignedInteger:
                    return new Node { Kind = Kind.Integer, Argument = reader.ReadUInt64() };
                case Sfc.CborReaderState.NegativeInteger:
                    return new Node { Kind = Kind.Integer, Negative = true, Argument = reader.ReadCborNegativeIntegerRepresentation() };
                case Sfc.CborReaderState.ByteString:
                    return Node.Bytes(reader.ReadByteString());
                case Sfc.CborReaderState.TextString:
                    return Node.Text(reader.ReadTextString());
                case Sfc.CborReaderState.StartArray:
                {
                    int? count = reader.ReadStartArray();
                    var items = new List<Node>();
                    while (reader.PeekState() != Sfc.CborReaderState.EndArray)
                    {
                        items.Add(ReadTheirs(reader));
                    }

                    reader.ReadEndArray();
                    return Node.Array(items.ToArray());
                }

                case Sfc.CborReaderState.StartMap:
                {
                    reader.ReadStartMap();
                    var pairs = new List<(Node, Node)>();
                    while (reader.PeekState() != Sfc.CborReaderState.EndMap)
                    {
                        pairs.Add((ReadTheirs(reader), ReadTheirs(reader)));
                    }

                    reader.ReadEndMap();
                    return Node.Map(pairs.ToArray());
                }

                case Sfc.CborReaderState.Boolean:
                    return Node.Bool(reader.ReadBoolean());
                case Sfc.CborReaderState.Null:
                    reader.ReadNull();
                    return Node.Null();
                default:
                    // Tags, floats, undefined, simple values: well-formed, outside the subset.
                    reader.SkipValue();
                    return new Node { Kind = Kind.Other };
            }
        }

        private enum Kind { Integer, Bytes, Text, Array, Map, Bool, Null, Other }

        /// <summary>A CBOR value of the protocol's subset, written through either library.</summary>
        private sealed class Node
        {
            public Kind Kind;
            public bool Negative;
            public ulong Argument;
            public byte[] Data;
            public string Str;
            public Node[] Items;
            public (Node Key, Node Value)[] Pairs;
            public bool Flag;

            public static Node Int(long v) => v >= 0 ? new Node { Kind = Kind.Integer, Argument = (ulong)v } : new Node { Kind = Kind.Integer, Negative = true, Argument = (ulong)~v };
            public static Node Bytes(byte[] b) => new() { Kind = Kind.Bytes, Data = b };
            public static Node Text(string s) => new() { Kind = Kind.Text, Str = s };
            public static Node Array(Node[] items) => new() { Kind = Kind.Array, Items = items };
            public static Node Map((Node, Node)[] pairs) => new() { Kind = Kind.Map, Pairs = pairs };
            public static Node Bool(bool b) => new() { Kind = Kind.Bool, Flag = b };
            public static Node Null() => new() { Kind = Kind.Null };

            public static Node Random(Random random, int depth)
            {
                switch (random.Next(depth > 0 ? 8 : 5))
                {
                    case 0:
                    case 1:
                        return RandomInteger(random);
                    case 2:
                        var bytes = new byte[RandomLength(random)];
                        random.NextBytes(bytes);
                        return Bytes(bytes);
                    case 3:
                        return Text(RandomText(random));
                    case 4:
                        return random.Next(3) == 0 ? Null() : Bool(random.Next(2) == 0);
                    case 5:
                    case 6:
                        return Array(Enumerable.Range(0, random.Next(0, 5)).Select(_ => Random(random, depth - 1)).ToArray());
                    default:
                        var keys = new SortedSet<(bool, ulong)>();
                        int wanted = random.Next(0, 6);
                        while (keys.Count < wanted)
                        {
                            Node key = RandomInteger(random);
                            keys.Add((key.Negative, key.Argument));
                        }

                        // Canonical order: unsigned before negative, then by argument (= bytewise order of the heads).
                        return Map(keys.Select(k => (new Node { Kind = Kind.Integer, Negative = k.Item1, Argument = k.Item2 }, Random(random, depth - 1))).ToArray());
                }
            }

            private static readonly ulong[] Boundaries = { 0, 1, 23, 24, 255, 256, 65535, 65536, 0xFFFFFFFF, 0x100000000, long.MaxValue, (ulong)long.MaxValue + 1, ulong.MaxValue };

            private static Node RandomInteger(Random random)
            {
                ulong argument = random.Next(3) switch
                {
                    0 => Boundaries[random.Next(Boundaries.Length)],
                    1 => (ulong)random.Next(0, 300),
                    _ => (ulong)random.NextInt64() >> random.Next(64),
                };
                return new Node { Kind = Kind.Integer, Negative = random.Next(2) == 0, Argument = argument };
            }

            private static int RandomLength(Random random) => random.Next(4) == 0 ? random.Next(20, 300) : random.Next(0, 30);

            private static string RandomText(Random random)
            {
                var sb = new StringBuilder();
                int n = RandomLength(random);
                for (int i = 0; i < n; i++)
                {
                    switch (random.Next(4))
                    {
                        case 0: sb.Append((char)random.Next(0x20, 0x7F)); break;
                        case 1: sb.Append((char)random.Next(0x80, 0x800)); break;
                        case 2: sb.Append((char)random.Next(0xE000, 0x10000)); break;
                        default: sb.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000))); break;
                    }
                }

                return sb.ToString();
            }

            public void WriteTo(CborWriter w)
            {
                switch (Kind)
                {
                    case Kind.Integer: Assert.True(Negative ? w.WriteNegative(Argument) : w.WriteUInt64(Argument)); break;
                    case Kind.Bytes: Assert.True(w.WriteByteString(Data, 0, Data.Length)); break;
                    case Kind.Text: byte[] utf8 = Encoding.UTF8.GetBytes(Str); Assert.True(w.WriteTextString(utf8, 0, utf8.Length)); break;
                    case Kind.Bool: Assert.True(w.WriteBoolean(Flag)); break;
                    case Kind.Null: Assert.True(w.WriteNull()); break;
                    case Kind.Array:
                        Assert.True(w.WriteStartArray(Items.Length));
                        foreach (Node item in Items)
                        {
                            item.WriteTo(w);
                        }

                        break;
                    case Kind.Map:
                        Assert.True(w.WriteStartMap(Pairs.Length));
                        foreach ((Node key, Node value) in Pairs)
                        {
                            key.WriteTo(w);
                            value.WriteTo(w);
                        }

                        break;
                    default:
                        throw new InvalidOperationException("outside the subset");
                }
            }

            public void WriteTo(Sfc.CborWriter w)
            {
                switch (Kind)
                {
                    case Kind.Integer:
                        if (Negative)
                        {
                            w.WriteCborNegativeIntegerRepresentation(Argument);
                        }
                        else
                        {
                            w.WriteUInt64(Argument);
                        }

                        break;
                    case Kind.Bytes: w.WriteByteString(Data); break;
                    case Kind.Text: w.WriteTextString(Str); break;
                    case Kind.Bool: w.WriteBoolean(Flag); break;
                    case Kind.Null: w.WriteNull(); break;
                    case Kind.Array:
                        w.WriteStartArray(Items.Length);
                        foreach (Node item in Items)
                        {
                            item.WriteTo(w);
                        }

                        w.WriteEndArray();
                        break;
                    case Kind.Map:
                        w.WriteStartMap(Pairs.Length);
                        foreach ((Node key, Node value) in Pairs)
                        {
                            key.WriteTo(w);
                            value.WriteTo(w);
                        }

                        w.WriteEndMap();
                        break;
                    default:
                        throw new InvalidOperationException("outside the subset");
                }
            }

            public override string ToString() => Kind switch
            {
                Kind.Integer => (Negative ? "-1-" : "") + Argument,
                Kind.Bytes => "h'" + Convert.ToHexString(Data) + "'",
                Kind.Text => "\"" + Str + "\"",
                Kind.Array => "[" + string.Join(",", Items.Select(i => i.ToString())) + "]",
                Kind.Map => "{" + string.Join(",", Pairs.Select(p => p.Key + ":" + p.Value)) + "}",
                Kind.Bool => Flag ? "true" : "false",
                Kind.Null => "null",
                _ => "other",
            };
        }
    }
}
