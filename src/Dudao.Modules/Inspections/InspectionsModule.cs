using Dudao.Modules.Accounts;
using Dudao.Modules.Shared.Http;
using Dudao.Modules.Inspections.Coverage;
using Dudao.Modules.Inspections.Reports;
using Dudao.Modules.Inspections.SelfAssessments;
using Dudao.Modules.Inspections.Special;
using Dudao.Modules.Inspections.Visits;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Platform.Todos;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Inspections;

/// <summary>Visits (月月督 and the other kinds), coverage, self-assessment, special inspections and their reports.</summary>
public static class InspectionsModule
{
    public static IServiceCollection AddInspections(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionSet, InspectionsPermissions>();
        services.AddScoped<VisitService>();
        services.AddScoped<VisitDraftService>();
        services.AddScoped<IFileOwnerAccess, VisitFileAccess>();
        services.AddScoped<CoverageMarks>();
        services.AddScoped<CoverageService>();
        services.AddScoped<CoverageSeason>();
        services.AddScoped<IScheduledJob, CoverageReminderJob>();
        services.AddScoped<ITodoSource, VisitTodos>();
        services.AddSingleton<IRuleSet, InspectionsRules>();
        services.AddScoped<SelfAssessmentService>();
        services.AddScoped<ITodoSource, SelfAssessmentTodos>();
        services.AddScoped<ComparisonService>();
        services.AddScoped<SelfSummaryService>();
        services.AddScoped<SpecialInspectionService>();
        services.AddScoped<VisitReports>();
        services.AddScoped<SpecialReports>();
        return services;
    }

    public static IEndpointRouteBuilder MapInspectionsApi(this IEndpointRouteBuilder api)
    {
        api.MapVisitEndpoints();
        api.MapVisitDraftEndpoints();
        api.MapCoverageEndpoints();
        api.MapSpecialInspectionEndpoints();
        api.MapSelfAssessmentEndpoints();
        api.MapReportApi();
        return api;
    }

    /// <summary>Report downloads of the staff pages, and the visit form's autosave.</summary>
    public static IEndpointRouteBuilder MapInspectionsPages(this IEndpointRouteBuilder app)
    {
        var staff = app.MapStaffDownloads();
        staff.MapReportDownloads();
        staff.MapVisitDraftAutosave();
        return app;
    }
}
