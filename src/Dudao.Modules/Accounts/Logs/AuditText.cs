namespace Dudao.Modules.Accounts.Logs;

/// <summary>The audit log's codes in Chinese; a record type or field without a name here shows as its code.</summary>
internal static class AuditText
{
    private static readonly Dictionary<string, string> RecordTypes = new()
    {
        ["School"] = "学校", ["Institution"] = "校外培训机构", ["Inspector"] = "督学", ["Department"] = "科室",
        ["Zone"] = "督导责任区", ["User"] = "用户账号", ["Complaint"] = "举报", ["ComplaintInvestigation"] = "举报核查",
        ["ComplaintRoute"] = "举报分办规则", ["EscalationRecord"] = "问责升级", ["EscalationSuggestion"] = "问责升级建议",
        ["Problem"] = "问题", ["RuleSetting"] = "规则参数", ["Visit"] = "督导记录", ["SpecialInspection"] = "专项督导",
        ["SelfAssessmentRound"] = "自评批次", ["SelfAssessment"] = "自评", ["IndicatorTemplate"] = "指标体系",
        ["AuditEntry"] = "审计日志", ["ComplaintTransfer"] = "举报转办", ["Letterhead"] = "公文版头", ["PublicContact"] = "公开的主管机关和举报电话",
        ["CustodyAccount"] = "预收费监管账户", ["Filing"] = "机构备案", ["InstitutionEvent"] = "机构状态变更",
        ["InstitutionListEntry"] = "黑白名单记录", ["PeriodicReturn"] = "报表", ["ReturnForm"] = "报表样式", ["SchoolVacation"] = "寒暑假",
        ["AnnualReportText"] = "年度督导报告文稿", ["QuarterlyBulletin"] = "季度通报",
        ["HomeworkWeek"] = "作业公示", ["ExamCalendar"] = "考试安排", ["AfterSchoolPlan"] = "课后服务",
        ["ExcellentCase"] = "优秀案例", ["MaterialFiling"] = "教辅备案",
        ["Questionnaire"] = "问卷", ["SurveyRound"] = "问卷监测",
        ["CrossInspection"] = "交叉检查", ["JointTeam"] = "联合督查组", ["KeyTask"] = "重点任务",
        ["Draw"] = "双随机抽查", ["TargetingList"] = "靶向督导清单", ["Campaign"] = "集中督导",
    };

    // Field names across the audited records; one word may serve several records (Name: 名称).
    private static readonly Dictionary<string, string> Fields = new()
    {
        ["Id"] = "编号", ["Code"] = "代码", ["Name"] = "名称", ["DisplayName"] = "姓名", ["UserName"] = "用户名", ["Type"] = "类型",
        ["Kind"] = "类别", ["Category"] = "类别", ["Ownership"] = "办学性质", ["RegionCode"] = "所属地区", ["Zone"] = "责任区",
        ["Pupils"] = "学生数", ["Teachers"] = "教师数", ["Location"] = "城乡类别", ["Tier"] = "学段", ["Boarding"] = "寄宿制",
        ["Phone"] = "电话", ["Remit"] = "职责", ["Uscc"] = "统一社会信用代码", ["Profit"] = "营利性质", ["Mode"] = "培训方式",
        ["Licence"] = "办学许可证", ["Status"] = "状态", ["Address"] = "地址", ["Channel"] = "渠道", ["TargetKind"] = "对象类型",
        ["TargetName"] = "对象名称", ["TargetId"] = "对象", ["TargetUnit"] = "对象所属单位", ["MatchedKind"] = "匹配对象类型",
        ["MatchedId"] = "匹配对象", ["MatchedName"] = "匹配名称", ["TargetKey"] = "对象标识", ["Content"] = "内容", ["Anonymous"] = "匿名",
        ["Department"] = "承办科室", ["DuplicateOfId"] = "疑似重复于", ["SubmittedAt"] = "提交时间", ["AcceptDeadline"] = "受理期限",
        ["AcceptedAt"] = "受理时间", ["AcceptedBy"] = "受理人", ["HandleDeadline"] = "办理期限", ["ExtendedDays"] = "延期天数",
        ["ExtensionReason"] = "延期理由", ["Reply"] = "答复", ["RepliedAt"] = "答复时间", ["RepliedBy"] = "答复人", ["ClosedAt"] = "办结时间",
        ["ClosedBy"] = "办结人", ["ComplaintId"] = "举报", ["Date"] = "日期", ["Method"] = "方式", ["Methods"] = "方式", ["Verdict"] = "结论",
        ["Findings"] = "发现问题", ["ProblemIds"] = "问题", ["RecordedAt"] = "记录时间", ["RecordedBy"] = "记录人", ["Level"] = "级别",
        ["Reason"] = "理由", ["DecidedOn"] = "决定日期", ["NoticeForm"] = "通知形式", ["InterviewAt"] = "约谈时间", ["InterviewPlace"] = "约谈地点",
        ["InterviewAttendees"] = "约谈参加人", ["InterviewMinutes"] = "约谈纪要", ["Requirement"] = "整改要求", ["Deadline"] = "期限",
        ["AccountabilityForm"] = "问责方式", ["AccountableKind"] = "问责对象类型", ["AccountableName"] = "问责对象", ["PublicDecision"] = "公开决定",
        ["PublishedAt"] = "公开时间", ["CreatedAt"] = "创建时间", ["CreatedBy"] = "创建人", ["EscalationId"] = "问责升级", ["ProblemId"] = "问题",
        ["Rule"] = "规则", ["Basis"] = "依据", ["DecidedAt"] = "决定时间", ["DecidedBy"] = "决定人", ["DecisionNote"] = "决定说明",
        ["ProposedBy"] = "建议人", ["Source"] = "来源", ["SourceId"] = "来源记录", ["Severity"] = "严重程度", ["Description"] = "问题描述",
        ["IndicatorCode"] = "指标", ["ResponsibleKind"] = "责任主体类型", ["ResponsibleId"] = "责任主体", ["InspectorId"] = "督学",
        ["InspectorName"] = "督学姓名", ["FollowUpOn"] = "回访日期", ["Key"] = "规则", ["Value"] = "值", ["Month"] = "月份",
        ["TemplateId"] = "指标体系", ["SpecialInspectionId"] = "专项督导", ["Summary"] = "督导情况", ["Feedback"] = "反馈意见",
        ["Highlights"] = "亮点", ["Requirements"] = "整改要求", ["Suggestions"] = "建议", ["Results"] = "评价结果", ["UpdatedAt"] = "修改时间",
        ["AcknowledgedBy"] = "确认人", ["AcknowledgedAt"] = "确认时间", ["LeadDepartmentId"] = "牵头科室", ["StartsOn"] = "开始日期",
        ["EndsOn"] = "结束日期", ["RoundId"] = "自评批次", ["SubmittedBy"] = "提交人", ["SummaryWork"] = "工作总结",
        ["SummaryHighlights"] = "特色亮点", ["SummaryProblems"] = "存在问题", ["SummaryNextSteps"] = "下一步措施", ["SummarySavedAt"] = "总结保存时间",
        ["Year"] = "年度", ["OwnerRegion"] = "适用地区", ["BuiltIn"] = "内置", ["BasedOnId"] = "复制自", ["NormalizedUserName"] = "用户名",
        ["AccessFailedCount"] = "连续登录失败次数", ["LastFailedLoginAt"] = "上次登录失败时间", ["FailuresBeforeLastLogin"] = "上次登录前失败次数",
        ["TwoFactorEnabled"] = "双因素认证", ["LastTotpStep"] = "上次验证码时段", ["IsActive"] = "启用", ["OrgKind"] = "单位类型",
        ["OrgRefId"] = "所属单位", ["Roles"] = "角色", ["LastLoginAt"] = "上次登录时间", ["Version"] = "版本",
        ["reason"] = "查看理由", ["file"] = "文件", ["imported"] = "新增条数", ["updated"] = "更新条数", ["schoolIds"] = "责任学校",
        ["institutionIds"] = "责任机构", ["secondSchoolIds"] = "协同学校", ["ThroughSeq"] = "删除至序号", ["Hash"] = "哈希",
        ["Deleted"] = "删除条数", ["Before"] = "删除早于",
        ["FromDepartment"] = "原承办科室", ["ToRegionCode"] = "转至地区", ["ToDepartment"] = "转至科室", ["TransferredAt"] = "转办时间",
        ["TransferredBy"] = "转办人", ["OfficeName"] = "发文机关全称", ["NumberPattern"] = "文号格式", ["Authority"] = "主管机关", ["Hotline"] = "监督举报电话",
        ["ReceiptHash"] = "回执码摘要", ["RejectedAt"] = "不予受理时间", ["RejectedBy"] = "不予受理人", ["RejectionReason"] = "不予受理理由",
        ["RegisteredOn"] = "登记日期",
        ["AccountNo"] = "账号", ["Bank"] = "存管银行", ["Platform"] = "监管平台", ["Since"] = "起始日期", ["Title"] = "标题",
        ["ReturnReason"] = "退回理由", ["ReviewedAt"] = "审核时间", ["ReviewedBy"] = "审核人", ["Details"] = "详情", ["DocumentId"] = "文书",
        ["FromState"] = "原状态", ["ToState"] = "新状态", ["StatusBefore"] = "变更前办学状态", ["LicenceBefore"] = "变更前证照情况", ["CategoryBefore"] = "变更前类别", ["OccurredOn"] = "发生日期", ["EnteredBy"] = "列入人", ["EnteredOn"] = "列入日期",
        ["EntryReason"] = "列入理由", ["List"] = "名单", ["RemovalReason"] = "移出理由", ["RemovedBy"] = "移出人", ["RemovedOn"] = "移出日期",
        ["Data"] = "填报数据", ["DueOn"] = "截止日期", ["FirstSubmittedAt"] = "首次报送时间", ["FormId"] = "报表样式", ["Period"] = "报送期",
        ["ReviewerRegion"] = "审核地区", ["Revision"] = "版次", ["SendBackReason"] = "退回理由", ["Active"] = "启用", ["DueDay"] = "截止日",
        ["DueMonthOffset"] = "截止月份", ["Fields"] = "填报项", ["Fillers"] = "填报单位", ["PeriodKind"] = "报送周期", ["From"] = "开始日期",
        ["To"] = "结束日期", ["Problems"] = "问题", ["UpdatedBy"] = "修改人", ["IssuedAt"] = "印发时间", ["IssuedBy"] = "印发人",
        ["IssuedOn"] = "印发日期", ["Number"] = "文号", ["Quarter"] = "季度",
        ["WeekOf"] = "周次", ["Grade"] = "年级", ["ClassName"] = "班级", ["Lines"] = "作业", ["MaxDailyMinutes"] = "每天最多分钟",
        ["LimitMinutes"] = "上限分钟", ["Violations"] = "违规", ["PublishedBy"] = "公示人", ["Term"] = "学期", ["Exams"] = "考试",
        ["DaysPerWeek"] = "每周天数", ["MinutesPerDay"] = "每天分钟", ["EndTime"] = "结束时间", ["ExtendedCareEnd"] = "延时托管结束时间",
        ["WeekendCare"] = "周末托管", ["HolidayCare"] = "假期托管", ["EveningStudy"] = "晚自习", ["Funding"] = "经费来源",
        ["FeePerTerm"] = "每学期收费", ["TeacherSubsidy"] = "教师补助", ["PupilsTakingPart"] = "参与学生数", ["TeachersTakingPart"] = "参与教师数",
        ["SubmitterKind"] = "报送单位类型", ["SubmitterId"] = "报送单位", ["SubmitterName"] = "报送单位名称", ["Text"] = "正文",
        ["ReviewNote"] = "审核说明", ["Items"] = "教辅", ["VoluntaryConfirmed"] = "确认自愿购买",
        ["QuestionnaireId"] = "问卷", ["Audiences"] = "答题对象",
        ["Half"] = "批次", ["Seed"] = "随机种子", ["CompletedOn"] = "完成日期",
        ["TargetCount"] = "抽取对象数", ["InspectorCount"] = "每组督学数", ["SeedFixedOn"] = "种子确定日", ["SeedSource"] = "种子来源",
        ["Input"] = "输入文件", ["InputsHash"] = "输入文件哈希", ["Algorithm"] = "抽取算法", ["Result"] = "抽取结果",
        ["RunAt"] = "抽取时间", ["RunBy"] = "抽取人", ["FilterText"] = "对象范围",
    };

    public static string Action(string action) => action switch
    {
        "create" => "新增",
        "update" => "修改",
        "delete" => "删除",
        "unlock" => "解除锁定",
        "assign" => "分配责任对象",
        "import" => "批量导入",
        "purge" => "按期删除",
        "reveal-reporter" => "查看举报人身份",
        _ => action,
    };

    public static string RecordType(string type) => RecordTypes.GetValueOrDefault(type, type);

    public static string Field(string name) => Fields.GetValueOrDefault(name, name);
}
