using System.Globalization;
using Dudao.Core.Errors;
using Dudao.Modules.Indicators.Domain;
using Dudao.Modules.Organization.Import;
using Dudao.Modules.Shared.Spreadsheets;

namespace Dudao.Modules.Indicators.Templates;

/// <summary>
/// A template as a spreadsheet, one node per row, so a region edits its copy in Excel: export,
/// change, import. An import is checked as a whole (codes, tree shape, scoring) and refused with
/// every bad row, or replaces all nodes.
/// </summary>
public static class TemplateSheet
{
    public const string Code = "编码", Parent = "上级编码", Title = "名称", Guidance = "指导说明", Kind = "评分方式",
        Max = "满分", Limit = "限值", Unit = "单位", Bands = "分年级限值", AppliesTo = "适用对象";
    public static readonly string[] Headers = [Code, Parent, Title, Guidance, Kind, Max, Limit, Unit, Bands, AppliesTo];

    public static byte[] Export(TemplateTree tree)
    {
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream, "指标", Headers, tree.Nodes.Select(n =>
        {
            var rule = tree.RuleFor(n.Code);
            return (IReadOnlyList<object?>)
            [
                n.Code, n.ParentCode, n.Title, n.Guidance, n.ScoringKind, Number(n.Max), Number(n.Limit), n.Unit,
                rule?.Bands is { } bands ? string.Join(";", bands.Select(b => $"{b.GradeFrom}-{b.GradeTo}:{Number(b.Limit)}")) : null,
                n.IsItem ? IndicatorTargets.Describe(n.AppliesTo) : null,
            ];
        }));
        return stream.ToArray();
    }

    /// <param name="targetKind">The template's own target kind: what a C item applies to when its 适用对象 is blank.</param>
    /// <exception cref="ImportRejectedException">Every bad row, with its column.</exception>
    public static (List<IndicatorNode> Nodes, List<IndicatorBand> Bands) Read(Stream content, string templateId, string targetKind, SpreadsheetLimits limits)
    {
        using var reader = XlsxReader.Open(content, limits);
        var headers = HeaderMap.From(reader.Read(), Headers);
        var errors = new RowErrors(limits.MaxRowErrors);
        var nodes = new List<IndicatorNode>();
        var bands = new List<IndicatorBand>();
        var rows = new Dictionary<string, int>();
        while (reader.Read() is { } row)
        {
            if (row.IsEmpty) continue;
            errors.AddRange(headers.ForbiddenText(row));
            var values = new RowValues(headers, row);
            void Fail(string column, string message) => errors.Add(new RowError(row.Number, column, message));

            var code = values[Code]?.Trim().ToUpperInvariant() ?? "";
            var parent = values[Parent]?.Trim().ToUpperInvariant() is { Length: > 0 } p ? p : null;
            if (!IsCode(code)) { Fail(Code, "编码应为 A、B 或 C 加数字，如 A1、B3、C10"); continue; }
            if (!rows.TryAdd(code, row.Number)) { Fail(Code, $"编码“{code}”重复"); continue; }
            var expectedParent = code[0] switch { 'B' => 'A', 'C' => 'B', _ => (char?)null };
            if (expectedParent is null && parent is not null) Fail(Parent, "一级指标（A）没有上级");
            if (expectedParent is { } letter && (parent is null || parent[0] != letter || !rows.ContainsKey(parent)))
                Fail(Parent, $"上级编码应为前面行中的 {letter} 级指标");
            var title = values[Title]?.Trim() ?? "";
            if (title.Length is 0 or > 500) Fail(Title, "名称不能为空，且不超过500字");
            var guidance = values[Guidance]?.Trim() is { Length: > 0 } g ? g : null;
            if (Check.Length(guidance, 2000, "指导说明") is { } guidanceError) Fail(Guidance, guidanceError);

            string? kind = null, appliesTo = null;
            double? max = null, limit = null;
            if (code[0] == 'C')
            {
                kind = values[Kind]?.Trim();
                if (!ScoringKinds.All.Contains(kind)) Fail(Kind, "评分方式应为 yesno、points 或 number");
                max = ReadNumber(values[Max], Max, Fail);
                limit = ReadNumber(values[Limit], Limit, Fail);
                if (kind == ScoringKinds.Points && max is not > 0) Fail(Max, "计分项应填写大于0的满分");
                var rowBands = ReadBands(values[Bands], templateId, code, Fail);
                if (kind == ScoringKinds.Number && limit is null && rowBands.Count == 0) Fail(Limit, "数值项应填写限值或分年级限值");
                bands.AddRange(rowBands);
                appliesTo = values[AppliesTo]?.Trim() is { Length: > 0 } targets ? IndicatorTargets.Parse(targets) : targetKind;
                if (appliesTo is null) Fail(AppliesTo, "适用对象应为 学校、培训机构、政府及部门 中的一个或几个，用“、”分隔");
            }
            nodes.Add(new IndicatorNode
            {
                TemplateId = templateId, Code = code, ParentCode = parent, Position = nodes.Count + 1, Title = title, Guidance = guidance,
                ScoringKind = kind, Max = max, Limit = limit, Unit = values[Unit]?.Trim() is { Length: > 0 and <= 16 } u ? u : null,
                AppliesTo = appliesTo,
            });
        }
        if (!nodes.Any(n => n.IsItem) && errors.Count == 0) errors.Add(new RowError(2, Code, "表中没有三级指标（C）"));
        errors.ThrowIfAny();
        return (nodes, bands);
    }

    private static bool IsCode(string code) => code.Length is >= 2 and <= 16 && (code[0] is 'A' or 'B' or 'C') && code[1..].All(char.IsAsciiDigit);

    private static double? ReadNumber(string? text, string column, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= 0 && double.IsFinite(d)) return d;
        fail(column, $"“{text}”不是不小于0的数值");
        return null;
    }

    /// <summary>"1-2:0;3-6:60;7-9:90".</summary>
    private static List<IndicatorBand> ReadBands(string? text, string templateId, string code, Action<string, string> fail)
    {
        var list = new List<IndicatorBand>();
        if (string.IsNullOrWhiteSpace(text)) return list;
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(':', '-');
            if (pieces.Length == 3 && int.TryParse(pieces[0], out var from) && int.TryParse(pieces[1], out var to) && from is >= 1 and <= 12 && to >= from && to <= 12
                && double.TryParse(pieces[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var limit) && limit >= 0)
            {
                list.Add(new IndicatorBand { TemplateId = templateId, NodeCode = code, Position = list.Count + 1, GradeFrom = from, GradeTo = to, Limit = limit });
            }
            else
            {
                fail(Bands, $"“{part}”应写成“起始年级-结束年级:限值”，如 3-6:60");
                return [];
            }
        }
        return list;
    }

    private static string? Number(double? d) => d?.ToString(CultureInfo.InvariantCulture);
}
