using Dudao.Modules.Shared.Spreadsheets;

namespace Dudao.Modules.Surveys.Results;

/// <summary>A results page as a sheet: one row per child region or school (per grade for one school).</summary>
internal static class ResultsExport
{
    private static readonly string[] ChildHeaders =
        ["名称", "行政区划代码", "答卷数", "满意率（%）", "课后服务参与率（%）", "校外付费学科培训比例（%）", "平均睡眠（小时）", "平均书面作业（分钟）", "作业超时学校数"];

    private static readonly string[] GradeHeaders = ["年级", "作业答卷数", "平均书面作业（分钟）", "限额（分钟）", "是否超出", "平均睡眠（小时）"];

    public static byte[] Write(ResultsDto results)
    {
        using var stream = new MemoryStream();
        if (results.SchoolId is not null)
        {
            XlsxWriter.Write(stream, "监测结果", GradeHeaders, results.Grades.Select(g => (IReadOnlyList<object?>)
                [GradeNames.Of(g.Grade), g.Answers, g.AverageMinutes, g.Limit, g.OverLimit ? "超出" : "", g.AverageSleepHours]));
        }
        else
        {
            var rows = results.Children.Select(c => Row(c.Name, c.RegionCode, c.Figures))
                .Append(Row($"合计（{results.Name}）", results.RegionCode, results.Figures));
            XlsxWriter.Write(stream, "监测结果", ChildHeaders, rows);
        }
        return stream.ToArray();
    }

    public static string FileName(ResultsDto results) => $"{results.Title}-{results.Name}-监测结果.xlsx";

    private static IReadOnlyList<object?> Row(string name, string code, ResultFigures f) =>
        [name, code, f.Responses, f.SatisfactionRate, f.AfterSchoolRate, f.PaidTutoringRate, f.AverageSleepHours, f.AverageHomeworkMinutes, f.SchoolsFlagged];
}
