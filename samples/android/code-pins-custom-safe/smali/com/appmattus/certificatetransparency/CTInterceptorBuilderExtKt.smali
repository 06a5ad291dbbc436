.class public final Lcom/appmattus/certificatetransparency/CTInterceptorBuilderExtKt;
.super Ljava/lang/Object;
.source "CTInterceptorBuilderExt.kt"


# direct methods
.method public static final certificateTransparencyInterceptor(Lkotlin/jvm/functions/Function1;)Lokhttp3/Interceptor;
    .registers 2
    .annotation system Ldalvik/annotation/Signature;
        value = {
            "(",
            "Lkotlin/jvm/functions/Function1<",
            "-",
            "Lcom/appmattus/certificatetransparency/CTInterceptorBuilder;",
            "Lkotlin/Unit;",
            ">;)",
            "Lokhttp3/Interceptor;"
        }
    .end annotation

    const-string v0, "init"

    invoke-static {p0, v0}, Lkotlin/jvm/internal/Intrinsics;->checkNotNullParameter(Ljava/lang/Object;Ljava/lang/String;)V

    new-instance v0, Lcom/appmattus/certificatetransparency/CTInterceptorBuilder;

    invoke-direct {v0}, Lcom/appmattus/certificatetransparency/CTInterceptorBuilder;-><init>()V

    invoke-interface {p0, v0}, Lkotlin/jvm/functions/Function1;->invoke(Ljava/lang/Object;)Ljava/lang/Object;

    invoke-virtual {v0}, Lcom/appmattus/certificatetransparency/CTInterceptorBuilder;->build()Lokhttp3/Interceptor;

    move-result-object v0

    return-object v0
.end method
