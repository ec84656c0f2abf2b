using Dudao.Modules.Accounts;
using Dudao.Modules.Campaigns;
using Dudao.Modules.Complaints;
using Dudao.Modules.Demo;
using Dudao.Modules.Escalation;
using Dudao.Modules.Indicators;
using Dudao.Modules.Inspections;
using Dudao.Modules.Organization;
using Dudao.Modules.Platform;
using Dudao.Modules.Profiles;
using Dudao.Modules.Rectification;
using Dudao.Modules.Reporting;
using Dudao.Modules.Returns;
using Dudao.Modules.SchoolAffairs;
using Dudao.Modules.Shared.Spreadsheets;
using Dudao.Modules.Surveys;
using Dudao.Modules.Tasks;
using Dudao.Modules.Teams;
using Dudao.Modules.Training;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules;

/// <summary>Registers every module's services and endpoints; the host calls only this.</summary>
public static class DudaoModules
{
    public static IServiceCollection AddDudaoModules(this IServiceCollection services, IConfiguration config)
    {
        services.AddAccounts(config);
        services.AddPlatform(config);
        services.AddOrganization();
        services.AddRectification();
        services.AddEscalation();
        services.AddComplaints(config);
        services.AddIndicators();
        services.AddInspections();
        services.AddProfiles();
        services.AddReporting();
        services.AddReturns();
        services.AddTraining();
        services.AddSchoolAffairs();
        services.AddSurveys();
        services.AddTeams();
        services.AddTasks();
        services.AddCampaigns();
        services.AddScoped<DemoData>();
        services.AddScoped<Demo.History.DemoHistory>();
        services.AddOptions<SpreadsheetLimits>().BindConfiguration(SpreadsheetLimits.Section)
            .Validate(l => l is { MaxRows: > 0, MaxColumns: > 0, MaxCellChars: > 0, MaxTextRuns: > 0, MaxSheetBytes: > 0, MaxPartBytes: > 0, MaxRowErrors: > 0 },
                $"{SpreadsheetLimits.Section} 的各项上限都应大于0")
            .ValidateOnStart();
        return services;
    }

    /// <param name="publicApi">/api without login (login, public lists).</param>
    /// <param name="api">/api for signed-in callers with a bearer token.</param>
    public static void MapDudaoModules(this IEndpointRouteBuilder app, IEndpointRouteBuilder publicApi, IEndpointRouteBuilder api)
    {
        api.MapAccountsApi(publicApi);
        api.MapPlatformApi();
        api.MapOrganizationApi(publicApi);
        api.MapRectificationApi();
        api.MapEscalationApi(publicApi);
        api.MapComplaintsApi(publicApi);
        api.MapIndicatorsApi();
        api.MapInspectionsApi();
        api.MapProfilesApi();
        api.MapReportingApi(publicApi);
        api.MapReturnsApi();
        api.MapTrainingApi();
        api.MapSchoolAffairsApi(publicApi);
        api.MapSurveysApi(publicApi);
        api.MapTeamsApi();
        api.MapTasksApi();
        api.MapCampaignsApi(publicApi);
        app.MapAccountsPages();
        app.MapPlatformPages();
        app.MapOrganizationPages();
        app.MapRectificationPages();
        app.MapEscalationPages();
        app.MapComplaintsPages();
        app.MapIndicatorsPages();
        app.MapInspectionsPages();
        app.MapProfilesPages();
        app.MapReportingPages();
        app.MapReturnsPages();
        app.MapTrainingPages();
        app.MapSchoolAffairsPages();
        app.MapSurveysPages();
        app.MapTeamsPages();
        app.MapTasksPages();
        app.MapCampaignsPages();
    }
}
