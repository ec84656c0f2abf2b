using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Training.Domain;
using Dudao.Tests.Architecture;
using Microsoft.EntityFrameworkCore;
using static Dudao.Tests.Training.TrainingApi;

namespace Dudao.Tests.Training;

public sealed class FundStatementTests
{
    /// <summary>
    /// Three 九龙坡区 institutions' October statement lines, amounts stored as numbers: one in order, one with its balance
    /// below the minimum, one with a 72-lesson purchase and a refund waiting 45 days. Saved by LibreOffice Calc, as bank
    /// platforms' exports often are, from <c>Fixtures/fund-statement-2026-10.csv</c> (see <c>Fixtures/README.md</c>).
    /// </summary>
    private static byte[] Fixture() =>
        File.ReadAllBytes(Path.Combine(ModuleBoundaryTests.RepositoryRoot(), "tests", "Dudao.Tests", "Training", "Fixtures", "fund-statement-2026-10.xlsx"));

    private static MultipartFormDataContent Upload(byte[] content, string fileName) =>
        new() { { new ByteArrayContent(content), "file", fileName } };

    private static Task<(int Statements, int Flags, int Problems)> CountsAsync(TestApp app) => app.WithDbAsync(async db =>
        (await db.Set<FundStatement>().CountAsync(), await db.Set<FundFlag>().CountAsync(),
            await db.Set<Problem>().CountAsync(p => p.Source == ProblemSources.Supervision)));

    [Fact]
    public void The_fixture_is_saved_by_LibreOffice_Calc_with_amounts_stored_as_numbers()
    {
        using var file = SpreadsheetDocument.Open(new MemoryStream(Fixture()), false);
        file.ExtendedFilePropertiesPart!.Properties.Application!.Text.ShouldStartWith("LibreOffice");
        var cells = file.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>()
            .Where(c => c.CellReference!.Value![0] >= 'C' && !c.CellReference.Value.EndsWith('1')).ToList();
        cells.Count.ShouldBe(24);
        cells.ShouldAllBe(c => c.DataType == null || c.DataType.Value == CellValues.Number);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_statement_imports_once_and_a_balance_below_the_minimum_opens_a_problem(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var office = await app.ApiAsync("jlp-pxjg");
        var imported = await OkAsync(await office.PostAsync("/api/fund-statements/import", Upload(Fixture(), "对账单.xlsx")));
        imported.GetProperty("imported").GetInt32().ShouldBe(3);
        var flags = imported.GetProperty("flags").EnumerateArray().ToList();
        var belowMinimum = flags.Where(f => f.GetProperty("kind").GetString() == FundFlagKinds.BelowMinimum).ShouldHaveSingleItem();
        var second = await InstitutionIdAsync(app, JlpUscc[1]);
        belowMinimum.GetProperty("institutionId").GetString().ShouldBe(second);
        belowMinimum.GetProperty("message").GetString()!.ShouldContain("42,000.25");
        flags.ShouldContain(f => f.GetProperty("kind").GetString() == FundFlagKinds.OverPurchaseLimit);
        flags.ShouldContain(f => f.GetProperty("kind").GetString() == FundFlagKinds.RefundOverdue);
        flags.Count(f => f.GetProperty("kind").GetString() == FundFlagKinds.UnfiledCharging).ShouldBe(2, "two of them collected fees with no approved fee filing");

        var problemId = belowMinimum.GetProperty("problemId").GetString();
        var problem = await office.GetFromJsonAsync<JsonElement>($"/api/problems/{problemId}");
        problem.GetProperty("targetId").GetString().ShouldBe(second);
        problem.GetProperty("description").GetString()!.ShouldContain("余额低于最低余额");

        var position = await office.GetFromJsonAsync<JsonElement>($"/api/institutions/{second}/fund");
        position.GetProperty("latest").GetProperty("period").GetString().ShouldBe("2026-10");
        position.GetProperty("latest").GetProperty("balance").GetDecimal().ShouldBe(42000.25m);
        position.GetProperty("flags").GetArrayLength().ShouldBe(2);

        var before = await CountsAsync(app);
        var again = await OkAsync(await office.PostAsync("/api/fund-statements/import", Upload(Fixture(), "对账单.xlsx")));
        again.GetProperty("imported").GetInt32().ShouldBe(0);
        again.GetProperty("unchanged").GetInt32().ShouldBe(3);
        again.GetProperty("flags").GetArrayLength().ShouldBe(0);
        (await CountsAsync(app)).ShouldBe(before);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_bad_statement_is_refused_whole_with_every_bad_row_and_nothing_written(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var office = await app.ApiAsync("jlp-pxjg");
        var csv = string.Join("\n",
            "统一社会信用代码,对账期间,本期收取,本期消课划拨,本期退费,期末余额,最低余额",
            $"{JlpUscc[0]},2026-10,\"12,000.00\",8000,0,50000,30000",
            "52500107MJ100001X6,2026-10,100,0,0,100,0",
            $"{JlpUscc[1]},2026-13,100,0,0,100,0",
            $"{JlpUscc[2]},2026-10,-5,0,0,100,0",
            "52500106MJ200001X0,2026-10,100,0,0,100,0",
            $"{JlpUscc[0]},2026年10月,1,0,0,100,0");
        var refused = await office.PostAsync("/api/fund-statements/import", Upload(Encoding.UTF8.GetBytes(csv), "statement.csv"));
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rows = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rowErrors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        rows.ShouldBe([(3, "统一社会信用代码"), (4, "对账期间"), (5, "本期收取"), (6, "统一社会信用代码"), (7, "对账期间")]);
        (await CountsAsync(app)).ShouldBe((0, 0, 0));

        var missing = await office.PostAsync("/api/fund-statements/import", Upload(Encoding.UTF8.GetBytes("统一社会信用代码,对账期间\n"), "statement.csv"));
        missing.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("缺少表头“期末余额”");
        var notStatement = await office.PostAsync("/api/fund-statements/import", Upload([1, 2, 3], "statement.pdf"));
        notStatement.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var broken = await office.PostAsync("/api/fund-statements/import", Upload([1, 2, 3], "statement.xlsx"));
        broken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await (await app.ApiAsync("jlp-jg")).PostAsync("/api/fund-statements/import", Upload(Fixture(), "对账单.xlsx"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var otherCounty = await app.ApiAsync("spb-pxjg");
        var outside = await otherCounty.PostAsync("/api/fund-statements/import", Upload(Fixture(), "对账单.xlsx"));
        outside.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await outside.Content.ReadAsStringAsync()).ShouldContain("不在您管理范围内的机构名录中");
        (await CountsAsync(app)).ShouldBe((0, 0, 0));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_institution_with_approved_fees_and_no_custody_account_is_flagged_until_one_is_recorded(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var id = await InstitutionIdAsync(app, JlpUscc[0]);
        var filing = await CreatedAsync(await (await app.ApiAsync("jlp-jg")).PostAsJsonAsync($"/api/institutions/{id}/filings", FeeFiling("少儿美术", 1200m, 20)));
        var office = await app.ApiAsync("jlp-pxjg");
        await OkAsync(await office.PostAsync($"/api/filings/{filing.GetProperty("id").GetString()}/approve", null));
        var imported = await OkAsync(await office.PostAsync("/api/fund-statements/import", Upload(Fixture(), "对账单.xlsx")));
        var flags = imported.GetProperty("flags").EnumerateArray().Where(f => f.GetProperty("institutionId").GetString() == id).ToList();
        flags.Select(f => f.GetProperty("kind").GetString()).ShouldBe([FundFlagKinds.NoCustodyAccount]);

        await ShouldRefuseAsync(await office.PutAsJsonAsync($"/api/institutions/{id}/custody-account", new { bank = "", accountNo = "abc", since = "2026-09-01" }),
            "accountNo", "数字");
        const string reduction = "/api/institutions/reduction?regionCode=500107&from=2026-01-01&to=2026-10-31";
        var supervisedBefore = (await office.GetFromJsonAsync<JsonElement>(reduction)).GetProperty("fundSupervised").GetInt32();
        var custody = await OkAsync(await office.PutAsJsonAsync($"/api/institutions/{id}/custody-account",
            new { bank = "重庆农村商业银行九龙坡支行", accountNo = "0101-2026-0001", platform = "四在", since = "2026-09-01" }));
        // The 压减 figures count it as 纳入资金监管 from the account's start.
        (await office.GetFromJsonAsync<JsonElement>(reduction)).GetProperty("fundSupervised").GetInt32().ShouldBe(supervisedBefore + 1);
        (await office.GetFromJsonAsync<JsonElement>("/api/institutions/reduction?regionCode=500107&from=2026-01-01&to=2026-08-31"))
            .GetProperty("fundSupervised").GetInt32().ShouldBe(supervisedBefore);
        custody.GetProperty("bank").GetString().ShouldBe("重庆农村商业银行九龙坡支行");
        (await (await app.ApiAsync("spb-pxjg")).PutAsJsonAsync($"/api/institutions/{id}/custody-account",
            new { bank = "越权银行", accountNo = "1", since = "2026-09-01" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var position = await (await app.ApiAsync("jlp-jg")).GetFromJsonAsync<JsonElement>($"/api/institutions/{id}/fund");
        position.GetProperty("custody").GetProperty("platform").GetString().ShouldBe("四在");
        position.GetProperty("hasApprovedFees").GetBoolean().ShouldBeTrue();
    }
}
