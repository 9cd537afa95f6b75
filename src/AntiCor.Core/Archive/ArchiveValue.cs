using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace AntiCor.Core.Archive;

/// <summary>
/// One canonical JSON form per stored type, the same whichever database a value was read from, so
/// that an archive of SQLite and one of PostgreSQL holding the same data are the same bytes. Times
/// keep microseconds, PostgreSQL's precision (the audit hash is truncated the same way).
/// </summary>
public static class ArchiveValue
{
    private static readonly Dictionary<Type, string> Names = new()
    {
        [typeof(string)] = "string",
        [typeof(bool)] = "bool",
        [typeof(byte)] = "byte",
        [typeof(short)] = "int16",
        [typeof(int)] = "int32",
        [typeof(long)] = "int64",
        [typeof(float)] = "single",
        [typeof(double)] = "double",
        [typeof(decimal)] = "decimal",
        [typeof(Guid)] = "guid",
        [typeof(DateTime)] = "datetime",
        [typeof(DateTimeOffset)] = "datetimeoffset",
        [typeof(DateOnly)] = "date",
        [typeof(TimeOnly)] = "time",
        [typeof(TimeSpan)] = "timespan",
        [typeof(byte[])] = "bytes",
    };

    private static readonly Dictionary<string, Type> Types = Names.ToDictionary(p => p.Value, p => p.Key);

    public static string TypeName(Type type) =>
        IsList(type) ? "list:" + TypeName(type.GetElementType()!) :
        Names.TryGetValue(Nullable.GetUnderlyingType(type) ?? type, out var name)
            ? name
            : throw new NotSupportedException($"Тип стовпця {type.Name} не підтримується архівом.");

    public static Type TypeOf(string name) =>
        name.StartsWith("list:", StringComparison.Ordinal) ? TypeOf(name[5..]).MakeArrayType() :
        Types.TryGetValue(name, out var type) ? type : throw new ArchiveRefusedException($"Невідомий тип стовпця в архіві: {name}.");

    /// <summary>The value of a column as its provider type (EF's stored form: an enum as its number, a converted value as stored).</summary>
    public static object? Read(DbDataReader reader, int ordinal, Type type)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        if (IsList(type))
        {
            // SQLite keeps a primitive collection as a JSON array in text, PostgreSQL as an array.
            var stored = reader.GetValue(ordinal);
            var items = stored is string json ? (System.Collections.IEnumerable)JsonSerializer.Deserialize(json, type)! : (System.Collections.IEnumerable)stored;
            var list = items.Cast<object?>().ToList();
            var array = Array.CreateInstance(type.GetElementType()!, list.Count);
            for (var i = 0; i < list.Count; i++)
            {
                array.SetValue(list[i], i);
            }

            return array;
        }

        return type switch
        {
            _ when type == typeof(string) => reader.GetString(ordinal),
            _ when type == typeof(bool) => reader.GetBoolean(ordinal),
            _ when type == typeof(byte) => reader.GetByte(ordinal),
            _ when type == typeof(short) => reader.GetInt16(ordinal),
            _ when type == typeof(int) => reader.GetInt32(ordinal),
            _ when type == typeof(long) => reader.GetInt64(ordinal),
            _ when type == typeof(float) => reader.GetFloat(ordinal),
            _ when type == typeof(double) => reader.GetDouble(ordinal),
            _ when type == typeof(decimal) => reader.GetDecimal(ordinal),
            _ when type == typeof(Guid) => reader.GetGuid(ordinal),
            _ when type == typeof(DateTime) => reader.GetDateTime(ordinal),
            _ when type == typeof(DateTimeOffset) => reader.GetFieldValue<DateTimeOffset>(ordinal),
            _ when type == typeof(DateOnly) => reader.GetFieldValue<DateOnly>(ordinal),
            _ when type == typeof(TimeOnly) => reader.GetFieldValue<TimeOnly>(ordinal),
            _ when type == typeof(TimeSpan) => reader.GetFieldValue<TimeSpan>(ordinal),
            _ when type == typeof(byte[]) => reader.GetFieldValue<byte[]>(ordinal),
            _ => throw new NotSupportedException($"Тип стовпця {type.Name} не підтримується архівом."),
        };
    }

    public static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case byte or short or int or long:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case float f:
                json.WriteNumberValue(f);
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            case decimal m:
                json.WriteNumberValue(Normalized(m));
                break;
            case byte[] bytes:
                json.WriteBase64StringValue(bytes);
                break;
            case Array items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    Write(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Text(value));
                break;
        }
    }

    /// <summary>The canonical text of a value (also how rows are matched by key when one organisation is cut out).</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        Guid g => g.ToString("D"),
        DateTime t => new DateTime(Microseconds(t.Ticks)).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        DateTimeOffset t => new DateTime(Microseconds(t.UtcTicks)).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => new TimeOnly(Microseconds(t.Ticks)).ToString("HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        TimeSpan t => TimeSpan.FromTicks(Microseconds(t.Ticks)).ToString("c", CultureInfo.InvariantCulture),
        byte[] b => Convert.ToBase64String(b),
        decimal m => Normalized(m).ToString(CultureInfo.InvariantCulture),
        Array items => string.Join("\u001e", items.Cast<object?>().Select(Text)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Reads back what <see cref="Write"/> wrote, as <paramref name="type"/>; a time in UTC when <paramref name="utc"/>.</summary>
    public static object? Parse(JsonElement element, Type type, bool utc)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (IsList(type))
        {
            var items = element.EnumerateArray().Select(e => Parse(e, type.GetElementType()!, utc)).ToList();
            var array = Array.CreateInstance(type.GetElementType()!, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                array.SetValue(items[i], i);
            }

            return array;
        }

        var c = CultureInfo.InvariantCulture;
        return type switch
        {
            _ when type == typeof(string) => element.GetString(),
            _ when type == typeof(bool) => element.GetBoolean(),
            _ when type == typeof(byte) => element.GetByte(),
            _ when type == typeof(short) => element.GetInt16(),
            _ when type == typeof(int) => element.GetInt32(),
            _ when type == typeof(long) => element.GetInt64(),
            _ when type == typeof(float) => element.GetSingle(),
            _ when type == typeof(double) => element.GetDouble(),
            _ when type == typeof(decimal) => element.GetDecimal(),
            _ when type == typeof(byte[]) => element.GetBytesFromBase64(),
            _ when type == typeof(Guid) => Guid.ParseExact(element.GetString()!, "D"),
            _ when type == typeof(DateTime) => DateTime.SpecifyKind(
                DateTime.ParseExact(element.GetString()!, "yyyy-MM-dd'T'HH:mm:ss.ffffff", c), utc ? DateTimeKind.Utc : DateTimeKind.Unspecified),
            _ when type == typeof(DateTimeOffset) => new DateTimeOffset(
                DateTime.ParseExact(element.GetString()!, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", c), TimeSpan.Zero),
            _ when type == typeof(DateOnly) => DateOnly.ParseExact(element.GetString()!, "yyyy-MM-dd", c),
            _ when type == typeof(TimeOnly) => TimeOnly.ParseExact(element.GetString()!, "HH:mm:ss.ffffff", c),
            _ when type == typeof(TimeSpan) => TimeSpan.ParseExact(element.GetString()!, "c", c),
            _ => throw new NotSupportedException($"Тип стовпця {type.Name} не підтримується архівом."),
        };
    }

    /// <summary>Without trailing zeros: PostgreSQL's numeric(18,4) gives back 1.5000 for SQLite's 1.5.</summary>
    private static decimal Normalized(decimal m) => decimal.Parse(m.ToString("G29", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool IsList(Type type) => type.IsArray && type != typeof(byte[]);

    private static long Microseconds(long ticks) => ticks - (ticks % 10);
}
