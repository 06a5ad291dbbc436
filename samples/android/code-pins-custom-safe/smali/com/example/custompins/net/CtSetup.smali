.class public final Lcom/example/custompins/net/CtSetup;
.super Ljava/lang/Object;
.source "CtSetup.kt"


# static fields
.field public static final INSTANCE:Lcom/example/custompins/net/CtSetup;


# direct methods
.method static constructor <clinit>()V
    .registers 1

    new-instance v0, Lcom/example/custompins/net/CtSetup;

    invoke-direct {v0}, Lcom/example/custompins/net/CtSetup;-><init>()V

    sput-object v0, Lcom/example/custompins/net/CtSetup;->INSTANCE:Lcom/example/custompins/net/CtSetup;

    return-void
.end method

.method private constructor <init>()V
    .registers 1

    .line 7
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public final interceptor()Lokhttp3/Interceptor;
    .registers 2

    .line 9
    sget-object v0, Lcom/example/custompins/net/CtSetup$interceptor$1;->INSTANCE:Lcom/example/custompins/net/CtSetup$interceptor$1;

    check-cast v0, Lkotlin/jvm/functions/Function1;

    invoke-static {v0}, Lcom/appmattus/certificatetransparency/CTInterceptorBuilderExtKt;->certificateTransparencyInterceptor(Lkotlin/jvm/functions/Function1;)Lokhttp3/Interceptor;

    move-result-object v0

    return-object v0
.end method
