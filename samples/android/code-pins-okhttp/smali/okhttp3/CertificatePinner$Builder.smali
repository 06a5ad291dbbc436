.class public final Lokhttp3/CertificatePinner$Builder;
.super Ljava/lang/Object;
.source "CertificatePinner.kt"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public varargs add(Ljava/lang/String;[Ljava/lang/String;)Lokhttp3/CertificatePinner$Builder;
    .registers 3

    return-object p0
.end method

.method public build()Lokhttp3/CertificatePinner;
    .registers 2

    new-instance v0, Lokhttp3/CertificatePinner;

    invoke-direct {v0}, Lokhttp3/CertificatePinner;-><init>()V

    return-object v0
.end method
