.class public final Lretrofit2/Retrofit$Builder;
.super Ljava/lang/Object;
.source "Retrofit.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public baseUrl(Ljava/lang/String;)Lretrofit2/Retrofit$Builder;
    .registers 2

    return-object p0
.end method

.method public build()Lretrofit2/Retrofit;
    .registers 2

    new-instance v0, Lretrofit2/Retrofit;

    invoke-direct {v0}, Lretrofit2/Retrofit;-><init>()V

    return-object v0
.end method
