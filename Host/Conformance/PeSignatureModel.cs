using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace GlassesFirmware.Host.Conformance
{
    /// <summary>
    /// Models the metadata processor's signature table (Tables/nanoSignaturesTable.cs): every signature re-encoded the
    /// nanoFramework way and appended unless its bytes already occur somewhere in the table. Type references become one
    /// element-type byte plus, for classes and value types, a compressed token of the 0-based row; a method signature
    /// keeps its calling convention and a one-byte parameter count; locals lose their header and count; an attribute
    /// value holds a type byte per argument and 2-byte string ids instead of inline text.
    /// </summary>
    internal sealed class SignatureTable
    {
        private readonly MetadataReader _md;
        private readonly List<byte> _table = new();
        private readonly HashSet<string> _stored = new(StringComparer.Ordinal);

        public SignatureTable(MetadataReader md) => _md = md;

        /// <summary>The table's size in bytes.</summary>
        public int Size => _table.Count;

        public void Field(BlobHandle signature)
        {
            BlobReader blob = _md.GetBlobReader(signature);
            blob.ReadByte();
            var bytes = new List<byte> { 0x06 };
            Type(ref blob, bytes);
            Add(bytes);
        }

        public void Method(BlobHandle signature)
        {
            BlobReader blob = _md.GetBlobReader(signature);
            SignatureHeader header = blob.ReadSignatureHeader();
            var bytes = new List<byte> { header.RawValue };
            if (header.IsGeneric)
            {
                bytes.Add((byte)blob.ReadCompressedInteger());
            }

            int parameters = blob.ReadCompressedInteger();
            bytes.Add((byte)parameters);
            for (int i = 0; i <= parameters && blob.RemainingBytes > 0; i++)
            {
                Type(ref blob, bytes);
            }

            Add(bytes);
        }

        public void Locals(BlobHandle signature)
        {
            BlobReader blob = _md.GetBlobReader(signature);
            blob.ReadByte();
            int count = blob.ReadCompressedInteger();
            var bytes = new List<byte>();
            for (int i = 0; i < count; i++)
            {
                Type(ref blob, bytes);
            }

            Add(bytes);
        }

        public void TypeSpec(BlobHandle signature)
        {
            BlobReader blob = _md.GetBlobReader(signature);
            var bytes = new List<byte>();
            Type(ref blob, bytes);
            Add(bytes);
        }

        public void Interfaces(List<EntityHandle> interfaces)
        {
            var bytes = new List<byte> { (byte)interfaces.Count };
            foreach (EntityHandle handle in interfaces)
            {
                Token(handle, bytes);
            }

            Add(bytes);
        }

        public void DefaultValue(byte[] value)
        {
            var bytes = new List<byte> { (byte)value.Length, (byte)(value.Length >> 8) };
            bytes.AddRange(value);
            Add(bytes);
        }

        /// <summary>
        /// An attribute value: a type byte and the value per argument (a string or type name as a 2-byte string id, an
        /// object[] as a count byte and its elements, an enum as nothing), then a 2-byte count of named arguments, each
        /// a kind byte, a 2-byte name id and its value.
        /// </summary>
        public void Attribute(CustomAttribute attribute, HashSet<string> strings)
        {
            CustomAttributeValue<string> value = attribute.DecodeValue(new AttributeTypes());
            var bytes = new List<byte>();
            foreach (CustomAttributeTypedArgument<string> argument in value.FixedArguments)
            {
                Argument(argument, bytes, strings);
            }

            bytes.Add((byte)value.NamedArguments.Length);
            bytes.Add(0);
            foreach (CustomAttributeNamedArgument<string> named in value.NamedArguments)
            {
                strings.Add(named.Name);
                bytes.Add((byte)named.Kind);
                StringId(named.Name, bytes);
                Argument(new CustomAttributeTypedArgument<string>(named.Type, named.Value), bytes, strings);
            }

            Add(bytes);
        }

        private static void Argument(CustomAttributeTypedArgument<string> argument, List<byte> bytes, HashSet<string> strings)
        {
            if (argument.Value is ImmutableArray<CustomAttributeTypedArgument<string>> elements)
            {
                bytes.Add((byte)elements.Length);
                foreach (CustomAttributeTypedArgument<string> element in elements)
                {
                    Argument(element, bytes, strings);
                }

                return;
            }

            switch (argument.Value)
            {
                case string text:
                    strings.Add(text);
                    bytes.Add(0x0E);
                    StringId(text, bytes);
                    return;
                case null:
                    return;
            }

            if (argument.Type.StartsWith("enum ", StringComparison.Ordinal))
            {
                return; // the processor writes nothing for an enum argument
            }

            // A type byte, then the value's little-endian bytes, as the processor writes a primitive.
            bytes.Add((byte)System.Type.GetTypeCode(argument.Value.GetType()));
            bytes.AddRange(argument.Value switch
            {
                bool b => new[] { (byte)(b ? 1 : 0) },
                byte u1 => new[] { u1 },
                sbyte i1 => new[] { (byte)i1 },
                short i2 => BitConverter.GetBytes(i2),
                ushort u2 => BitConverter.GetBytes(u2),
                char c => BitConverter.GetBytes(c),
                int i4 => BitConverter.GetBytes(i4),
                uint u4 => BitConverter.GetBytes(u4),
                long i8 => BitConverter.GetBytes(i8),
                ulong u8 => BitConverter.GetBytes(u8),
                float r4 => BitConverter.GetBytes(r4),
                double r8 => BitConverter.GetBytes(r8),
                _ => Array.Empty<byte>(),
            });
        }

        // Stands for the string's id in the string table: equal strings give equal bytes, as their ids would.
        private static void StringId(string text, List<byte> bytes)
        {
            int hash = StringComparer.Ordinal.GetHashCode(text);
            bytes.Add((byte)hash);
            bytes.Add((byte)(hash >> 8));
        }

        /// <summary>Names attribute argument types just enough to size them; enums are marked "enum ".</summary>
        private sealed class AttributeTypes : ICustomAttributeTypeProvider<string>
        {
            public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();
            public string GetSystemType() => "System.Type";
            public string GetSZArrayType(string elementType) => elementType + "[]";
            public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => "enum " + reader.GetString(reader.GetTypeDefinition(handle).Name);
            public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => "enum " + reader.GetString(reader.GetTypeReference(handle).Name);
            public string GetTypeFromSerializedName(string name) => "enum " + name;
            public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;
            public bool IsSystemType(string type) => type == "System.Type";
        }

        private void Type(ref BlobReader blob, List<byte> bytes)
        {
            byte element = blob.ReadByte();
            switch (element)
            {
                case 0x1F: // custom modifiers carry no meaning on the device
                case 0x20:
                    blob.ReadTypeHandle();
                    Type(ref blob, bytes);
                    return;
                case 0x45: // pinned
                    Type(ref blob, bytes);
                    return;
                case 0x11: // value type
                case 0x12: // class
                    bytes.Add(element);
                    Token(blob.ReadTypeHandle(), bytes);
                    return;
                case 0x0F: // pointer, by-ref and single-dimension array: a byte, then the element type
                case 0x10:
                case 0x1D:
                    bytes.Add(element);
                    Type(ref blob, bytes);
                    return;
                case 0x13: // type and method generic parameters
                case 0x1E:
                    bytes.Add(element);
                    bytes.Add((byte)blob.ReadCompressedInteger());
                    return;
                case 0x15: // generic instance
                    bytes.Add(element);
                    Type(ref blob, bytes);
                    int arguments = blob.ReadCompressedInteger();
                    bytes.Add((byte)arguments);
                    for (int i = 0; i < arguments; i++)
                    {
                        Type(ref blob, bytes);
                    }

                    return;
                default:
                    bytes.Add(element);
                    return;
            }
        }

        private static void Token(EntityHandle handle, List<byte> bytes)
        {
            int tag = handle.Kind == HandleKind.TypeDefinition ? 0 : handle.Kind == HandleKind.TypeReference ? 1 : 2;
            int value = ((MetadataTokens.GetRowNumber(handle) - 1) << 2) | tag;
            if (value < 0x80)
            {
                bytes.Add((byte)value);
            }
            else
            {
                bytes.Add((byte)(0x80 | (value >> 8)));
                bytes.Add((byte)value);
            }
        }

        private void Add(List<byte> signature)
        {
            string key = Convert.ToHexString(signature.ToArray());
            if (!_stored.Add(key) || Contains(signature))
            {
                return;
            }

            _table.AddRange(signature);
        }

        private bool Contains(List<byte> signature)
        {
            for (int i = 0; i + signature.Count < _table.Count; i++)
            {
                int j = 0;
                while (j < signature.Count && _table[i + j] == signature[j])
                {
                    j++;
                }

                if (j == signature.Count)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
