.class public final Lcom/appmattus/certificatetransparency/CTInterceptorBuilder;
.super Ljava/lang/Object;
.source "CTInterceptorBuilder.kt"


# instance fields
.field private _failOnError:Z


# direct methods
.method public constructor <init>()V
    .registers 2

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    const/4 v0, 0x1

    iput-boolean v0, p0, Lcom/appmattus/certificatetransparency/CTInterceptorBuilder;->_failOnError:Z

    return-void
.end method


# virtual methods
.method public final build()Lokhttp3/Interceptor;
    .registers 2

    const/4 v0, 0x0

    return-object v0
.end method

.method public final includeHost(Ljava/lang/String;)Lcom/appmattus/certificatetransparency/CTInterceptorBuilder;
    .registers 3

    const-string v0, "pattern"

    invoke-static {p1, v0}, Lkotlin/jvm/internal/Intrinsics;->checkNotNullParameter(Ljava/lang/Object;Ljava/lang/String;)V

    return-object p0
.end method

.method public final synthetic setFailOnError(Z)V
    .registers 2

    iput-boolean p1, p0, Lcom/appmattus/certificatetransparency/CTInterceptorBuilder;->_failOnError:Z

    return-void
.end method

.method public final synthetic unaryMinus(Ljava/lang/String;)V
    .registers 3

    const-string v0, "<this>"

    invoke-static {p1, v0}, Lkotlin/jvm/internal/Intrinsics;->checkNotNullParameter(Ljava/lang/Object;Ljava/lang/String;)V

    return-void
.end method

.method public final synthetic unaryPlus(Ljava/lang/String;)V
    .registers 3

    const-string v0, "<this>"

    invoke-static {p1, v0}, Lkotlin/jvm/internal/Intrinsics;->checkNotNullParameter(Ljava/lang/Object;Ljava/lang/String;)V

    invoke-virtual {p0, p1}, Lcom/appmattus/certificatetransparency/CTInterceptorBuilder;->includeHost(Ljava/lang/String;)Lcom/appmattus/certificatetransparency/CTInterceptorBuilder;

    return-void
.end method
