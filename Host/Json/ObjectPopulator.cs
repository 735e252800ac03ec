using System;
using System.Reflection;
using System.Text.Json;

namespace nanoFramework.Json
{
    /// <summary>
    /// Fills objects and typed arrays from parsed JSON the way nanoFramework.Json 2.2.203 does: each key names a
    /// member by its exact, case-sensitive name (a key starting with '$' names '_' and the rest), a public field
    /// first, else a property with a public getter and setter; other keys are skipped. Arrays become typed arrays of
    /// their exact length. Member types the host does not mirror (numbers, booleans, ArrayList, Hashtable) throw
    /// <see cref="NotSupportedException"/>.
    /// </summary>
    internal static class ObjectPopulator
    {
        /// <summary>A new <paramref name="type"/> (a class, or an array of strings or classes) holding <paramref name="json"/>.</summary>
        internal static object Populate(JsonElement json, Type type)
        {
            if (type.IsArray)
            {
                return PopulateArray(json, type.GetElementType());
            }

            if (json.ValueKind != JsonValueKind.Object)
            {
                throw new DeserializationException("a " + json.ValueKind + " cannot fill a " + type.Name);
            }

            ConstructorInfo constructor = type.GetConstructor(Type.EmptyTypes);
            if (constructor == null)
            {
                throw new DeserializationException(type.Name + " has no public parameterless constructor");
            }

            object instance = constructor.Invoke(null);
            foreach (JsonProperty property in json.EnumerateObject())
            {
                string name = DeviceStrings.Read(property.Name);
                if (name.StartsWith('$'))
                {
                    name = "_" + name.Substring(1);
                }

                Member member = Member.Find(type, name);
                if (member != null)
                {
                    member.Set(instance, MemberValue(property.Value, member.Type));
                }
            }

            return instance;
        }

        // A member's value: strings through the device's string conversion, objects and arrays recursively.
        private static object MemberValue(JsonElement json, Type type)
        {
            if (type.IsArray || json.ValueKind == JsonValueKind.Object)
            {
                return Populate(json, type);
            }

            if (type != typeof(string))
            {
                throw new NotSupportedException("the host nanoFramework.Json mirrors string, array and class members, not " + type.Name);
            }

            switch (json.ValueKind)
            {
                case JsonValueKind.Null:
                    return string.Empty; // the device's string converter turns null into ""
                case JsonValueKind.String:
                    return DeviceStrings.ToStringMember(DeviceStrings.Value(json.GetString()));
                default:
                    throw new NotSupportedException("the host nanoFramework.Json mirrors only JSON strings and null in string members, not " + json.ValueKind);
            }
        }

        private static Array PopulateArray(JsonElement json, Type elementType)
        {
            if (json.ValueKind != JsonValueKind.Array)
            {
                throw new DeserializationException("a " + json.ValueKind + " cannot fill a " + elementType.Name + "[]");
            }

            Array array = Array.CreateInstance(elementType, json.GetArrayLength());
            int i = 0;
            foreach (JsonElement item in json.EnumerateArray())
            {
                array.SetValue(ArrayItem(item, elementType), i++);
            }

            return array;
        }

        // An element: objects recursively; a string element keeps its value as read (no string conversion, unlike a member).
        private static object ArrayItem(JsonElement json, Type elementType)
        {
            if (json.ValueKind == JsonValueKind.Object || json.ValueKind == JsonValueKind.Array)
            {
                return Populate(json, elementType);
            }

            if (json.ValueKind == JsonValueKind.String && elementType == typeof(string))
            {
                return DeviceStrings.Value(json.GetString());
            }

            throw new NotSupportedException("the host nanoFramework.Json mirrors string and object array elements, not " + json.ValueKind + " in " + elementType.Name + "[]");
        }

        /// <summary>The field or settable property a key names.</summary>
        private sealed class Member
        {
            private readonly FieldInfo _field;
            private readonly MethodInfo _setter;

            private Member(FieldInfo field, MethodInfo setter, Type type)
            {
                _field = field;
                _setter = setter;
                Type = type;
            }

            /// <summary>The member's type.</summary>
            internal Type Type { get; }

            /// <summary>The public field named <paramref name="name"/>, else the property with public get_ and set_ methods; null when neither exists.</summary>
            internal static Member Find(Type type, string name)
            {
                FieldInfo field = type.GetField(name);
                if (field != null)
                {
                    return new Member(field, null, field.FieldType);
                }

                MethodInfo getter = type.GetMethod("get_" + name, Type.EmptyTypes);
                MethodInfo setter = type.GetMethod("set_" + name);
                return getter == null || setter == null ? null : new Member(null, setter, getter.ReturnType);
            }

            /// <summary>Stores <paramref name="value"/> in <paramref name="instance"/>.</summary>
            internal void Set(object instance, object value)
            {
                if (_field != null)
                {
                    _field.SetValue(instance, value);
                }
                else
                {
                    _setter.Invoke(instance, new[] { value });
                }
            }
        }
    }
}
