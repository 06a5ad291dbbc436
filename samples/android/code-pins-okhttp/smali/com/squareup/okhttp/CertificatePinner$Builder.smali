.class public final Lcom/squareup/okhttp/CertificatePinner$Builder;
.super Ljava/lang/Object;
.source "CertificatePinner.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public varargs add(Ljava/lang/String;[Ljava/lang/String;)Lcom/squareup/okhttp/CertificatePinner$Builder;
    .registers 3

    return-object p0
.end method

.method public build()Lcom/squareup/okhttp/CertificatePinner;
    .registers 2

    new-instance v0, Lcom/squareup/okhttp/CertificatePinner;

    invoke-direct {v0}, Lcom/squareup/okhttp/CertificatePinner;-><init>()V

    return-object v0
.end method
