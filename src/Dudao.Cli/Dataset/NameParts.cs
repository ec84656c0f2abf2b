namespace Dudao.Cli.Dataset;

/// <summary>Pieces of Chinese school and institution names, combined with Bogus' zh_CN surnames.</summary>
internal static class NameParts
{
    public static readonly string[] PlaceWords =
    [
        "实验", "育才", "新华", "人民路", "解放路", "朝阳", "红旗", "光明", "和平", "东风", "建设", "胜利", "文昌", "龙泉",
        "凤鸣", "青山", "金沙", "白鹤", "桃源", "柳荫", "双桥", "石门", "清溪", "南岸", "北城", "东城", "西城", "新民",
        "永安", "长乐", "太平", "兴隆", "回龙", "黄桷", "碧水", "莲花", "杏林", "松林", "梅园", "桂花", "振兴", "民主",
    ];

    public static readonly string[] SurnamePlaces = ["家湾", "家坪", "家庄", "家桥", "家沟", "家岗", "家坝", "家营", "家寨"];

    public static readonly string[] StreetEndings = ["路", "街", "大道", "巷", "北路", "南路"];

    public static readonly string[] Ordinals = ["第一", "第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九", "第十", "第十一", "第十二"];

    public static readonly (string Type, int Weight, string[] Suffixes, int MinPupils, int MaxPupils)[] SchoolTypes =
    [
        ("小学", 60, ["小学", "中心小学", "小学校"], 120, 2600),
        ("初中", 25, ["中学", "初级中学", "中学校"], 300, 3000),
        ("九年一贯制学校", 10, ["学校", "九年制学校"], 300, 2800),
        ("完全中学", 4, ["中学", "完全中学"], 800, 4000),
        ("十二年一贯制学校", 1, ["外国语学校", "学校"], 1000, 4500),
    ];

    public static readonly string[] BrandHeads = ["启", "博", "智", "星", "明", "乐", "青", "翰", "雏", "知", "卓", "童", "慧", "睿", "优", "锦", "新", "天", "金", "育"];
    public static readonly string[] BrandTails = ["航", "雅", "树", "辰", "德", "学", "苗", "林", "鹰", "行", "越", "心", "才", "思", "程", "途", "贝", "艺", "恒", "远"];

    /// <summary>Non-subject kinds (细类) with their usual name endings; subject training has its own.</summary>
    public static readonly (string Kind, string[] Suffixes)[] NonSubjectKinds =
    [
        ("体育", ["体育培训中心", "篮球俱乐部", "游泳培训中心", "跆拳道馆", "足球俱乐部"]),
        ("文化艺术", ["艺术培训中心", "舞蹈培训学校", "美术工作室", "音乐培训中心", "书法培训中心"]),
        ("科技", ["科技培训学校", "编程培训中心", "机器人培训中心"]),
        ("其他", ["素质教育培训中心", "研学培训中心"]),
    ];

    public static readonly string[] SubjectSuffixes = ["文化培训学校", "教育培训学校", "学科辅导中心"];
}
