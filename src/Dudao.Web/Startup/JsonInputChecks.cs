using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Dudao.Web.Startup;

/// <summary>
/// Checks every JSON body Dudao reads, set up once per type: a list of non-nullable items holds no
/// null (<c>roles: [null]</c> would reach a handler as a value it never expects), and no text holds
/// U+0000 (PostgreSQL cannot store it; no name or code contains it). They run as each object is read,
/// so such a body fails like any unreadable JSON: 400 naming the field.
/// </summary>
internal static class JsonInputChecks
{
    public static void AddTo(JsonSerializerOptions options) =>
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(Apply);

    private static void Apply(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || type.Type.Namespace?.StartsWith("Dudao", StringComparison.Ordinal) != true) return;
        var nullability = new NullabilityInfoContext();
        var checks = new List<Action<object>>();
        foreach (var property in type.Properties)
        {
            if (property.Get is not { } get) continue;
            var name = property.Name;
            if (property.PropertyType == typeof(string)) checks.Add(o => CheckText(name, get(o) as string));
            else if (NullItemsAllowed(property, nullability) is { } nullAllowed) checks.Add(o => CheckItems(name, get(o) as IEnumerable, nullAllowed));
        }
        if (checks.Count == 0) return;
        var next = type.OnDeserialized;
        type.OnDeserialized = o =>
        {
            foreach (var check in checks) check(o);
            next?.Invoke(o);
        };
    }

    /// <returns>For a list of reference items, whether its declaration lets them be null; otherwise null.</returns>
    private static bool? NullItemsAllowed(JsonPropertyInfo property, NullabilityInfoContext nullability)
    {
        if (!typeof(IEnumerable).IsAssignableFrom(property.PropertyType) || property.AttributeProvider is not PropertyInfo info) return null;
        var declared = nullability.Create(info);
        var item = declared.ElementType ?? (declared.GenericTypeArguments is [var only] ? only : null);
        if (item is null || item.Type.IsValueType) return null;
        return item.ReadState != NullabilityState.NotNull;
    }

    private static void CheckText(string member, string? text)
    {
        if (text?.Contains('\0', StringComparison.Ordinal) == true) throw new JsonInputException(member, NulMessage);
    }

    private static void CheckItems(string member, IEnumerable? items, bool nullAllowed)
    {
        var i = 0;
        foreach (var item in items ?? Array.Empty<object>())
        {
            if (item is null && !nullAllowed) throw new JsonInputException($"{member}[{i}]", "不能为空（null），请删除该项或填写内容");
            if (item is string text) CheckText($"{member}[{i}]", text);
            i++;
        }
    }

    private const string NulMessage = "不能含有空字符（U+0000）";
}

/// <summary>A value refused after it was read; <see cref="Member"/> is relative to the object being read, whose path the serializer adds.</summary>
internal sealed class JsonInputException(string member, string message) : JsonException(message)
{
    public string Member { get; } = member;
}
