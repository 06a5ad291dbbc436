.class final Lcom/example/custompins/net/CtSetup$interceptor$1;
.super Lkotlin/jvm/internal/Lambda;
.source "CtSetup.kt"

# interfaces
.implements Lkotlin/jvm/functions/Function1;


# annotations
.annotation system Ldalvik/annotation/EnclosingMethod;
    value = Lcom/example/custompins/net/CtSetup;->interceptor()Lokhttp3/Interceptor;
.end annotation

.annotation system Ldalvik/annotation/InnerClass;
    accessFlags = 0x18
    name = null
.end annotation


# static fields
.field public static final INSTANCE:Lcom/example/custompins/net/CtSetup$interceptor$1;


# direct methods
.method static constructor <clinit>()V
    .registers 1

    new-instance v0, Lcom/example/custompins/net/CtSetup$interceptor$1;

    invoke-direct {v0}, Lcom/example/custompins/net/CtSetup$interceptor$1;-><init>()V

    sput-object v0, Lcom/example/custompins/net/CtSetup$interceptor$1;->INSTANCE:Lcom/example/custompins/net/CtSetup$interceptor$1;

    return-void
.end method

.method constructor <init>()V
    .registers 2

    const/4 v0, 0x1

    invoke-direct {p0, v0}, Lkotlin/jvm/internal/Lambda;-><init>(I)V

    return-void
.end method


# virtual methods
.method public bridge synthetic invoke(Ljava/lang/Object;)Ljava/lang/Object;
    .registers 2

    .line 9
    check-cast p1, Lcom/appmattus/certificatetransparency/CTInterceptorBuilder;

    invoke-virtual {p0, p1}, Lcom/example/custompins/net/CtSetup$interceptor$1;->invoke(Lcom/appmattus/certificatetransparency/CTInterceptorBuilder;)V

    sget-object p1, Lkotlin/Unit;->INSTANCE:Lkotlin/Unit;

    return-object p1
.end method

.method public final invoke(Lcom/appmattus/certificatetransparency/CTInterceptorBuilder;)V
    .registers 3

    const-string v0, "$this$certificateTransparencyInterceptor"

    invoke-static {p1, v0}, Lkotlin/jvm/internal/Intrinsics;->checkNotNullParameter(Ljava/lang/Object;Ljava/lang/String;)V

    .line 10
    const-string v0, "*.example.com"

    invoke-virtual {p1, v0}, Lcom/appmattus/certificatetransparency/CTInterceptorBuilder;->unaryPlus(Ljava/lang/String;)V

    .line 11
    const-string v0, "legacy.example.com"

    invoke-virtual {p1, v0}, Lcom/appmattus/certificatetransparency/CTInterceptorBuilder;->unaryMinus(Ljava/lang/String;)V

    .line 12
    return-void
.end method
